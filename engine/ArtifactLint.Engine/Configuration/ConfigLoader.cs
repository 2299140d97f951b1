using System.Globalization;
using System.Text.RegularExpressions;
using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Configuration;

/// <summary>Reads <c>.artifactlint.yml</c>: YAML with positions, the config schema, then the checks a schema cannot express.</summary>
internal static partial class ConfigLoader
{
    public const string FileName = WorkspaceLocator.ConfigFileName;

    /// <summary>Loads the config at <paramref name="configPath"/>; every problem is an AL0006 at its line and column.</summary>
    /// <param name="root">The workspace root (the config's folder).</param>
    /// <param name="configPath">The config file.</param>
    /// <param name="schemaDirectory">The tool's schemas.</param>
    /// <param name="state">The repository state it is read from, or null for the disk.</param>
    /// <param name="ruleFoldersExist">Whether a rule folder that does not exist is an error (not for <c>rules new</c>, which creates it).</param>
    public static ConfigLoadResult Load(string root, string configPath, string schemaDirectory, RepositoryState? state = null, bool ruleFoldersExist = true)
    {
        var schema = ConfigSchema.StartLoading(schemaDirectory);
        var displayPath = Path.GetRelativePath(root, configPath).Replace('\\', '/');
        var file = TextFileReader.Read(configPath, displayPath, FileSizeLimit.Default, state: state);
        if (file.Text is null)
        {
            return ConfigLoadResult.Failed(AsConfigError(file.Diagnostic!));
        }

        var yaml = YamlReader.Read(displayPath, file.Text, 1);
        if (yaml.Diagnostics.Count > 0)
        {
            return ConfigLoadResult.Failed([.. yaml.Diagnostics.Select(AsConfigError)]);
        }

        var rootObject = yaml.Root as JObject ?? [];
        if (yaml.Root is not null and not JObject)
        {
            return ConfigLoadResult.Failed(Error(Location.StartOf(displayPath), "the configuration must be a mapping of settings (include, exclude, kinds, rules ...)"));
        }

        var frontMatter = new FrontMatter(displayPath, 1, rootObject, yaml.Comments);
        var schemaErrors = ConfigSchema.Validate(frontMatter, schema.GetAwaiter().GetResult()).Select(AsConfigError).ToArray();
        if (schemaErrors.Length > 0)
        {
            return ConfigLoadResult.Failed(schemaErrors);
        }

        var errors = new List<Diagnostic>();
        var config = Read(root, configPath, frontMatter, errors);
        errors.AddRange(MissingPaths(root, frontMatter, state, ruleFoldersExist));
        return errors.Count > 0 ? ConfigLoadResult.Failed([.. errors]) : new ConfigLoadResult(config, []);
    }

    /// <summary>A config error at a position in the config file.</summary>
    public static Diagnostic Error(Location location, string message) =>
        new(EngineRules.ConfigError, EngineRules.ConfigError.DefaultSeverity, location, message);

    private static Diagnostic AsConfigError(Diagnostic diagnostic) => Error(diagnostic.Location, diagnostic.Message);

    private static LintConfig Read(string root, string configPath, FrontMatter config, List<Diagnostic> errors)
    {
        var json = config.Root;
        return new LintConfig
        {
            Root = root,
            Path = configPath,
            Include = Strings(json["include"]) ?? LintConfig.DefaultInclude,
            Exclude = Strings(json["exclude"]) ?? [],
            Kinds = ReadKinds(json["kinds"] as JObject),
            Workflow = ReadWorkflow(json["workflow"] as JObject, config, errors),
            Rules = ReadRules(json["rules"] as JObject, config),
            RulePaths = Strings(json["rule_paths"]) ?? [],
            RulePrefix = (string?)json["rule_prefix"],
            RuleTimeout = ReadTimeout(json["rule_timeout"], config, errors),
            MaxFileSize = ReadFileSize(json["max_file_size"], config, errors),
            RuleMemory = ReadMemory(json["rule_memory"], config, errors),
            AsOf = ReadDate(json["as_of"], config, errors),
            Baseline = (string?)json["baseline"],
            Source = config,
        };
    }

    // A typo in a rule folder or a schema path would silently switch rules or validation off.
    private static IEnumerable<Diagnostic> MissingPaths(string root, FrontMatter config, RepositoryState? state, bool ruleFoldersExist)
    {
        foreach (var folder in ruleFoldersExist ? (config.Root["rule_paths"] as JArray)?.OfType<JValue>() ?? [] : [])
        {
            if (!(state?.FolderExists(Path.GetFullPath(folder.ToString(), root)) ?? Directory.Exists(Path.GetFullPath(folder.ToString(), root))))
            {
                yield return Error(config.LocationOf(folder), $"the rule folder '{folder}' does not exist (paths are relative to the config's folder): fix the path or remove it from 'rule_paths'");
            }
        }

        foreach (var kind in (config.Root["kinds"] as JObject)?.Properties() ?? [])
        {
            if (kind.Value["schema"] is JValue { Type: JTokenType.String } schema && !(state?.FileExists(Path.GetFullPath(schema.ToString(), root)) ?? File.Exists(Path.GetFullPath(schema.ToString(), root))))
            {
                yield return Error(config.LocationOf(schema), $"the schema '{schema}' of kind '{kind.Name}' does not exist (paths are relative to the config's folder)");
            }
        }
    }

    private static IReadOnlyList<KindSetting> ReadKinds(JObject? kinds) =>
        kinds?.Properties()
            .Select(p => new KindSetting(p.Name, Strings(p.Value["paths"]), (string?)p.Value["schema"]))
            .ToArray() ?? [];

    private static Workflow ReadWorkflow(JObject? workflow, FrontMatter config, List<Diagnostic> errors)
    {
        if (workflow is null)
        {
            return Workflow.Default;
        }

        var defaults = Workflow.Default;
        var statuses = Strings(workflow["statuses"]) ?? defaults.Statuses;
        IReadOnlyList<string> Subset(string name, IReadOnlyList<string> fallback)
        {
            if (workflow[name] is not JArray list)
            {
                return fallback.Where(statuses.Contains).ToArray();
            }

            foreach (var element in list)
            {
                if (!statuses.Contains(element.ToString()))
                {
                    errors.Add(Error(config.LocationOf(element), $"workflow '{name}' names '{Excerpt.Of(element.ToString())}', which is not one of the workflow statuses ({string.Join(", ", statuses)}): add it to 'statuses' or remove it here"));
                }
            }

            return list.Select(e => e.ToString()).ToArray();
        }

        return new Workflow(statuses, Subset("ready", defaults.Ready), Subset("in_progress", defaults.InProgress), Subset("done", defaults.Done), Subset("dropped", defaults.Dropped));
    }

    private static IReadOnlyList<RuleSetting> ReadRules(JObject? rules, FrontMatter config) =>
        rules?.Properties().Select(p =>
        {
            var key = config.LocationOf((JToken)p);
            var severityText = p.Value is JObject o ? (string?)o["severity"] : (string?)p.Value;
            var options = (p.Value as JObject)?["options"] as JObject;
            var optionsLocation = options is null ? null : config.LocationOf(options);
            return new RuleSetting(p.Name, severityText == "off", ParseSeverity(severityText), options, key, optionsLocation);
        }).ToArray() ?? [];

    private static Severity? ParseSeverity(string? text) => SeverityNames.Parse(text);

    private static TimeSpan ReadTimeout(JToken? token, FrontMatter config, List<Diagnostic> errors)
    {
        if (token is null)
        {
            return TimeSpan.FromSeconds(5);
        }

        var match = TimeoutPattern().Match(token.ToString());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            errors.Add(Error(config.LocationOf(token), $"'rule_timeout' must be a positive duration such as 5s or 500ms; found '{Excerpt.Of(token.ToString())}'"));
            return TimeSpan.FromSeconds(5);
        }

        return match.Groups[2].Value == "ms" ? TimeSpan.FromMilliseconds(amount) : TimeSpan.FromSeconds(amount);
    }

    // .NET strings cap a document near 1 GB of text; 512MB keeps every limit one that can be read.
    private static FileSizeLimit ReadFileSize(JToken? token, FrontMatter config, List<Diagnostic> errors)
    {
        const long Kilobyte = 1024;
        const long Most = 512 * Kilobyte * Kilobyte;
        if (token is null)
        {
            return FileSizeLimit.Default;
        }

        var match = FileSizePattern().Match(token.ToString());
        var bytes = match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * (match.Groups[2].Value == "MB" ? Kilobyte * Kilobyte : Kilobyte) : 0;
        if (bytes is <= 0 or > Most)
        {
            errors.Add(Error(config.LocationOf(token), $"'max_file_size' must be a size from 1KB to 512MB, such as 10MB or 500KB; found '{token}'"));
            return FileSizeLimit.Default;
        }

        return new FileSizeLimit(bytes, token.ToString());
    }

    // Past a terabyte the byte count would not be a budget any more, and could overflow.
    private static long? ReadMemory(JToken? token, FrontMatter config, List<Diagnostic> errors)
    {
        if (token is null)
        {
            return null;
        }

        var match = MemoryPattern().Match(token.ToString());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var amount) || amount <= 0
            || amount > (match.Groups[2].Value == "GB" ? 1024 : 1024 * 1024))
        {
            errors.Add(Error(config.LocationOf(token), $"'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '{Excerpt.Of(token.ToString())}'"));
            return null;
        }

        return amount << (match.Groups[2].Value == "GB" ? 30 : 20);
    }

    private static DateOnly? ReadDate(JToken? token, FrontMatter config, List<Diagnostic> errors)
    {
        if (token is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(token.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Error(config.LocationOf(token), $"'as_of' must be a date written YYYY-MM-DD; found '{Excerpt.Of(token.ToString())}'"));
        return null;
    }

    private static IReadOnlyList<string>? Strings(JToken? token) => token switch
    {
        JArray array => array.Select(t => t.ToString()).ToArray(),
        JValue { Value: not null } v => [v.ToString()],
        _ => null,
    };

    [GeneratedRegex(@"^(\d+)(ms|s)$")]
    private static partial Regex TimeoutPattern();

    [GeneratedRegex(@"^(\d{1,9})(KB|MB)$")]
    private static partial Regex FileSizePattern();

    [GeneratedRegex(@"^(\d+)(MB|GB)$")]
    private static partial Regex MemoryPattern();
}
