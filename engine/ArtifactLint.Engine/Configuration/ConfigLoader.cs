using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;
using ArtifactLint.Diagnostics;
using ArtifactLint.Settings;
using ArtifactLint.Files;

namespace ArtifactLint.Configuration;

/// <summary>Reads <c>.artifactlint.yml</c>: YAML with positions, the config schema, then the checks a schema cannot express.</summary>
internal static class ConfigLoader
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

        var json = ConfigJson.Read(rootObject);
        var errors = new List<Diagnostic>();
        var config = Read(root, configPath, frontMatter, json, errors);
        var unnamable = UnnamablePaths(frontMatter, json).ToArray();
        errors.AddRange(unnamable.Length > 0 ? unnamable : MissingPaths(root, frontMatter, json, state, ruleFoldersExist));
        return errors.Count > 0 ? ConfigLoadResult.Failed([.. errors]) : new ConfigLoadResult(config, []);
    }

    /// <summary>A config error at a position in the config file.</summary>
    public static Diagnostic Error(Location location, string message) =>
        new(EngineRules.ConfigError, EngineRules.ConfigError.DefaultSeverity, location, message);

    private static Diagnostic AsConfigError(Diagnostic diagnostic) => Error(diagnostic.Location, diagnostic.Message);

    private static LintConfig Read(string root, string configPath, FrontMatter config, ConfigJson json, List<Diagnostic> errors)
    {
        T Invalid<T>(Located<string> written, T fallback, string message)
        {
            errors.Add(Error(config.LocationOf(written.Token), message));
            return fallback;
        }

        return new LintConfig
        {
            Root = root,
            Path = configPath,
            Include = json.Include ?? LintConfig.DefaultInclude,
            Exclude = json.Exclude ?? [],
            Kinds = [.. json.Kinds?.Select(k => new KindSetting(k.Key, k.Value.Paths, k.Value.Schema?.Value)) ?? []],
            Workflow = ReadWorkflow(json.Workflow, config, errors),
            Rules = [.. json.Rules?.Select(r => ReadRule(r.Key, r.Value, config)) ?? []],
            RulePaths = [.. json.RulePaths?.Select(p => p.Value) ?? []],
            RulePrefix = json.RulePrefix,
            RuleTimeout = json.RuleTimeout is not { } timeout ? LintConfig.DefaultRuleTimeout : ConfigValues.Timeout(timeout.Value)
                ?? Invalid(timeout, LintConfig.DefaultRuleTimeout, $"'rule_timeout' must be a positive duration of at most a day (86400s), such as 5s or 500ms; found '{Excerpt.Of(timeout.Value)}'"),
            MaxFileSize = json.MaxFileSize is not { } size ? FileSizeLimit.Default : ConfigValues.FileSize(size.Value)
                ?? Invalid(size, FileSizeLimit.Default, $"'max_file_size' must be a size from 1KB to 512MB, such as 10MB or 500KB; found '{size.Value}'"),
            RuleMemory = json.RuleMemory is not { } memory ? null : ConfigValues.Memory(memory.Value)
                ?? Invalid<long?>(memory, null, $"'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '{Excerpt.Of(memory.Value)}'"),
            CacheSize = json.CacheSize is not { } cacheSize ? CacheTrim.DefaultBudget : ConfigValues.Memory(cacheSize.Value)
                ?? Invalid(cacheSize, CacheTrim.DefaultBudget, $"'cache_size' must be a size from 1MB to 1024GB, written like 200MB or 2GB; found '{Excerpt.Of(cacheSize.Value)}'"),
            AsOf = json.AsOf is not { } asOf ? null : ConfigValues.Date(asOf.Value)
                ?? Invalid<DateOnly?>(asOf, null, $"'as_of' must be a date written YYYY-MM-DD; found '{Excerpt.Of(asOf.Value)}'"),
            Baseline = json.Baseline,
            Source = config,
        };
    }

    // A NUL can be written in YAML ("a\0b") but no file can be named with it: the path APIs would throw.
    private static IEnumerable<Diagnostic> UnnamablePaths(FrontMatter config, ConfigJson json)
    {
        const string Why = "contains a NUL character (\\0), which no file or folder name can hold: remove it";
        foreach (var folder in (json.RulePaths ?? []).Where(p => p.Value.Contains('\0', StringComparison.Ordinal)))
        {
            yield return Error(config.LocationOf(folder.Token), $"the rule folder '{Excerpt.Of(folder.Value.Replace("\0", "\\0", StringComparison.Ordinal))}' {Why}");
        }

        foreach (var (kind, setting) in json.Kinds ?? [])
        {
            if (setting.Schema is { } schema && schema.Value.Contains('\0', StringComparison.Ordinal))
            {
                yield return Error(config.LocationOf(schema.Token), $"the schema of kind '{kind}' {Why}");
            }
        }

        if (json.Baseline?.Contains('\0', StringComparison.Ordinal) == true)
        {
            yield return Error(config.LocationOf("baseline"), $"the baseline path {Why}");
        }
    }

    // A typo in a rule folder or a schema path would silently switch rules or validation off.
    private static IEnumerable<Diagnostic> MissingPaths(string root, FrontMatter config, ConfigJson json, RepositoryState? state, bool ruleFoldersExist)
    {
        bool Exists(string written, bool folder)
        {
            var path = Path.GetFullPath(written, root);
            return folder ? state?.FolderExists(path) ?? Directory.Exists(path) : state?.FileExists(path) ?? File.Exists(path);
        }

        foreach (var folder in ruleFoldersExist ? json.RulePaths ?? [] : [])
        {
            if (!Exists(folder.Value, folder: true))
            {
                yield return Error(config.LocationOf(folder.Token), $"the rule folder '{folder.Value}' does not exist (paths are relative to the config's folder): fix the path or remove it from 'rule_paths'");
            }
        }

        foreach (var (kind, setting) in json.Kinds ?? [])
        {
            if (setting.Schema is { } schema && !Exists(schema.Value, folder: false))
            {
                yield return Error(config.LocationOf(schema.Token), $"the schema '{schema.Value}' of kind '{kind}' does not exist (paths are relative to the config's folder)");
            }
        }
    }

    private static Workflow ReadWorkflow(WorkflowJson? workflow, FrontMatter config, List<Diagnostic> errors)
    {
        if (workflow is null)
        {
            return Workflow.Default;
        }

        var defaults = Workflow.Default;
        var statuses = workflow.Statuses ?? defaults.Statuses;
        IReadOnlyList<string> Subset(string name, IReadOnlyList<Located<string>>? list, IReadOnlyList<string> fallback)
        {
            if (list is null)
            {
                return fallback.Where(statuses.Contains).ToArray();
            }

            foreach (var element in list.Where(e => !statuses.Contains(e.Value)))
            {
                errors.Add(Error(config.LocationOf(element.Token), $"workflow '{name}' names '{Excerpt.Of(element.Value)}', which is not one of the workflow statuses ({string.Join(", ", statuses)}): add it to 'statuses' or remove it here"));
            }

            return list.Select(e => e.Value).ToArray();
        }

        return new Workflow(statuses, Subset("ready", workflow.Ready, defaults.Ready), Subset("in_progress", workflow.InProgress, defaults.InProgress),
            Subset("done", workflow.Done, defaults.Done), Subset("dropped", workflow.Dropped, defaults.Dropped));
    }

    // The entry's token is the key's value; its parent is the key, where a rule that does not exist is reported.
    private static RuleSetting ReadRule(string key, Located<RuleJson> rule, FrontMatter config) =>
        new(key, rule.Value.Severity == "off", SeverityNames.Parse(rule.Value.Severity), rule.Value.Options?.Value,
            config.LocationOf(rule.Token.Parent!), rule.Value.Options is { } options ? config.LocationOf(options.Token) : null);
}
