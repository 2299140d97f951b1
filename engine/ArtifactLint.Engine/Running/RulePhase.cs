using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Scripting;
using ArtifactLint.Diagnostics;
using ArtifactLint.Settings;
using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>Finds the rule scripts of a run, loads them, settles their configuration, and runs them.</summary>
internal static class RulePhase
{
    public const string BuiltInFolder = "rules";

    /// <summary>The built-in rules, then the config's <c>rule_paths</c>, then <c>--rules</c> folders: every <c>*.csx</c> directly inside, ordinally.</summary>
    public static IReadOnlyList<RuleSource> Sources(LintConfig config, LintRequest request, List<Diagnostic> problems)
    {
        var builtIn = Path.Combine(request.ToolDirectory, BuiltInFolder);
        var folders = new List<(string Folder, bool IsBuiltIn)> { (builtIn, true) };
        folders.AddRange(request.RuleFolders(config).Select(f => (f, false)));
        var sources = new List<RuleSource>();
        foreach (var (folder, isBuiltIn) in folders.DistinctBy(f => f.Item1))
        {
            var state = request.State is { } s && s.Covers(folder) ? s : null;
            if (!(state?.FolderExists(folder) ?? Directory.Exists(folder)))
            {
                continue;
            }

            var scripts = state is null
                ? Directory.EnumerateFiles(folder, "*.csx")
                : state.List(folder).Where(e => !e.IsDirectory && e.Name.EndsWith(".csx", StringComparison.Ordinal)).Select(e => Path.Combine(folder, e.Name));
            foreach (var file in scripts.Order(StringComparer.Ordinal))
            {
                var display = isBuiltIn
                    ? $"{BuiltInFolder}/{Path.GetFileName(file)}"
                    : Path.GetRelativePath(config.Root, file).Replace('\\', '/');
                // max_file_size is the team's limit on its own files: the tool's rules are read whatever it is.
                var read = TextFileReader.Read(file, display, isBuiltIn ? FileSizeLimit.Default : config.MaxFileSize, state: state);
                if (read.Text is null)
                {
                    problems.Add(read.Diagnostic!);
                    continue;
                }

                sources.Add(new RuleSource(file, display, read.Text));
            }
        }

        return sources;
    }

    /// <summary>The ids and names (from <c>{Id}-{name}.csx</c>) of the scripts that failed to compile, load or be read.</summary>
    public static IReadOnlySet<string> Unloaded(IEnumerable<Diagnostic> loadProblems) =>
        loadProblems
            .Where(d => d.Location.Path.EndsWith(".csx", StringComparison.Ordinal))
            .Select(d => Path.GetFileNameWithoutExtension(d.Location.Path))
            .SelectMany(stem => stem.IndexOf('-') is var dash and > 0 ? new[] { stem[..dash], stem[(dash + 1)..] } : [stem])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The rules whose name is theirs alone (the config and suppressions accept names as well as ids); a rule
    /// reusing an engine rule's or an earlier rule's name is AL0012 and does not run.
    /// </summary>
    public static PhaseResult<IReadOnlyList<LoadedRule>> WithUniqueNames(IReadOnlyList<LoadedRule> rules)
    {
        var diagnostics = new List<Diagnostic>();
        var owners = EngineRules.All.ToDictionary(d => d.Name, d => d.Id, StringComparer.Ordinal);
        var kept = new List<LoadedRule>();
        foreach (var rule in rules)
        {
            if (owners.TryGetValue(rule.Descriptor.Name, out var owner))
            {
                diagnostics.Add(new Diagnostic(EngineRules.RuleLoadError, EngineRules.RuleLoadError.DefaultSeverity, Location.StartOf(rule.Source.DisplayPath),
                    $"rule {rule.Descriptor.Id} is named '{rule.Descriptor.Name}', which is already the name of {owner}: give it a name of its own (the config and suppressions accept names)"));
                continue;
            }

            owners[rule.Descriptor.Name] = rule.Descriptor.Id;
            kept.Add(rule);
        }

        return new(kept, diagnostics);
    }

    /// <summary>
    /// The loaded rules that run: not turned off, and among <see cref="LintRequest.OnlyRules"/> when a fixture restricts them
    /// (or, with <see cref="LintRequest.OnlyConfiguredBuiltInRules"/>, a built-in rule only when the config names it).
    /// </summary>
    public static IReadOnlyList<LoadedRule> Active(IReadOnlyList<LoadedRule> rules, RuleSettings settings, LintRequest request)
    {
        var builtIn = Path.Combine(request.ToolDirectory, BuiltInFolder) + Path.DirectorySeparatorChar;
        return rules.Where(r => !settings.IsOff(r.Descriptor)
                && (request.OnlyRules is null || request.OnlyRules.Contains(r.Descriptor.Id))
                && (!request.OnlyConfiguredRules || settings.IsConfigured(r.Descriptor))
                && (!request.OnlyConfiguredBuiltInRules || settings.IsConfigured(r.Descriptor)
                    || !r.Source.FullPath.StartsWith(builtIn, StringComparison.Ordinal)))
            .ToArray();
    }

    /// <summary>The rule's descriptor with its help page: the <c>.md</c> beside its script.</summary>
    public static RuleDescriptor Described(LoadedRule rule) =>
        rule.Descriptor.HelpUri is not null ? rule.Descriptor : rule.Descriptor with { HelpUri = DocPage(rule.Source.DisplayPath) };

    /// <summary>A script's documentation page: the same name with <c>.md</c>.</summary>
    public static string DocPage(string scriptPath) => Path.ChangeExtension(scriptPath, ".md");

    /// <summary>What each rule may use: <c>rule_timeout</c> and <c>rule_memory</c>.</summary>
    public static RuleLimits Limits(LintConfig config) => new(config.RuleTimeout, config.RuleMemory ?? RuleLimits.DefaultMemoryBytes);

    /// <summary>Loads every rule of the run; a script that cannot be read is an AL0009 among the diagnostics.</summary>
    public static PhaseResult<RuleLoadResult> Load(LintConfig config, LintRequest request)
    {
        var unreadable = new List<Diagnostic>();
        var loaded = RuleHost.Load(Sources(config, request, unreadable), new RuleHostOptions(request.CacheDirectory, request.NoCache, request.TrustRules)
        {
            Limits = Limits(config),
            Collectible = request.CollectibleRules ?? RuleLoadContext.CollectibleByDefault,
        });
        return new(loaded, unreadable);
    }
}
