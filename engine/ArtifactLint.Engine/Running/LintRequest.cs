using ArtifactLint.Settings;
using ArtifactLint.Loading;
namespace ArtifactLint.Running;

/// <summary>What one lint run is asked to do: the command line, settled.</summary>
internal sealed record LintRequest
{
    /// <summary>The PATH arguments as given (files restrict what is reported; the whole workspace is loaded).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public required string WorkingDirectory { get; init; }

    /// <summary>Where the tool's own <c>rules/</c> and <c>schemas/</c> folders are.</summary>
    public required string ToolDirectory { get; init; }

    public string? ConfigFile { get; init; }

    /// <summary>Globs left out of the workspace besides the config's <c>exclude</c> (a fixture's expected fixed files).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    public DateOnly? AsOf { get; init; }

    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    public bool TrustRules { get; init; }

    public bool NoCache { get; init; }

    /// <summary>Lint REV again for <c>--new-since</c> instead of reading its findings from the cache (<c>--cache rules</c>, <c>none</c>).</summary>
    public bool NoFindingsCache { get; init; }

    public string? CacheDirectory { get; init; }

    /// <summary>The repository state linted instead of the working tree (<c>--staged</c>, a commit), or null for the disk.</summary>
    public Loading.RepositoryState? State { get; init; }

    /// <summary>Run only these script rules (a rule's fixtures); null runs every rule the config enables.</summary>
    public IReadOnlySet<string>? OnlyRules { get; init; }

    /// <summary>Run only the script rules the config names (a team's fixture); engine diagnostics always run.</summary>
    public bool OnlyConfiguredRules { get; init; }

    /// <summary>Run the built-in rules only when the config names them, the team's rules as usual (an engine diagnostic's fixture).</summary>
    public bool OnlyConfiguredBuiltInRules { get; init; }

    /// <summary>Where phase timings go (ARTIFACTLINT_TIMINGS=1), or null.</summary>
    public TextWriter? Trace { get; init; }

    /// <summary><c>--baseline FILE</c>, relative to <see cref="WorkingDirectory"/>; null uses the config's, else the default file.</summary>
    public string? BaselineFile { get; init; }

    /// <summary><c>--new-since REV</c>: REV's findings; a finding of this run that one of them matches is not reported.</summary>
    public Baselines.KnownFindings? Known { get; init; }

    /// <summary>Keep the run's findings by key (<see cref="LintResult.Recorded"/>), before the baseline and the PATH filter, for a later <c>--new-since</c>.</summary>
    public bool RecordFindings { get; init; }

    /// <summary><c>--update-baseline</c>: record today's findings in the baseline file instead of reading it.</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>
    /// Whether the rules' assemblies can be unloaded after the run: null for the process's default
    /// (<see cref="Scripting.RuleLoadContext.CollectibleSwitch"/>); true for a host that lints many times in one process.
    /// </summary>
    public bool? CollectibleRules { get; init; }

    /// <summary>The workspace's files as a walk already found them (<see cref="RunInputs"/>), or null to walk the workspace.</summary>
    public WalkResult? Files { get; init; }

    /// <summary>Documents as earlier runs read them (<see cref="DocumentCache"/>), for a run that lints once; null reads every document.</summary>
    public DocumentCache? Documents { get; init; }

    /// <summary>The team's rule folders for <paramref name="config"/> (<c>rule_paths</c> and <c>--rules</c>), absolute.</summary>
    public IEnumerable<string> RuleFolders(LintConfig config) => WorkspaceFiles.RuleFolders(config, RuleDirectories, WorkingDirectory);
}
