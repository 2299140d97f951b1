using ArtifactLint.Api;
using ArtifactLint.Files;

namespace ArtifactLint.Settings;

/// <summary>The settled contents of <c>.artifactlint.yml</c>, with every default applied and paths relative to <see cref="Root"/>.</summary>
internal sealed record LintConfig
{
    public static readonly IReadOnlyList<string> DefaultInclude = ["**/*.md"];

    public static readonly TimeSpan DefaultRuleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The workspace root: the config's folder, or the folder linted without a config.</summary>
    public required string Root { get; init; }

    /// <summary>The config file, or null when the run has none.</summary>
    public string? Path { get; init; }

    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Kind settings from the config, in the order written (path globs are tried in this order).</summary>
    public IReadOnlyList<KindSetting> Kinds { get; init; } = [];

    public Workflow Workflow { get; init; } = Workflow.Default;

    /// <summary>Rule settings by the key written (an id or a name), in the order written.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; init; } = [];

    public IReadOnlyList<string> RulePaths { get; init; } = [];

    public string? RulePrefix { get; init; }

    public TimeSpan RuleTimeout { get; init; } = DefaultRuleTimeout;

    /// <summary>The most bytes a document may have to be read (<c>max_file_size</c>); a larger one is AL0009.</summary>
    public FileSizeLimit MaxFileSize { get; init; } = FileSizeLimit.Default;

    /// <summary>How many bytes one rule may allocate during a run (<c>rule_memory</c>); null for the engine's default.</summary>
    public long? RuleMemory { get; init; }

    /// <summary>How many bytes the cache folder may hold after a run (<c>cache_size</c>).</summary>
    public long CacheSize { get; init; } = CacheTrim.DefaultBudget;

    public DateOnly? AsOf { get; init; }

    public string? Baseline { get; init; }

    /// <summary>The config file as parsed, with positions: rule options are validated and located against it.</summary>
    public FrontMatter? Source { get; init; }
}
