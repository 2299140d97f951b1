using ArtifactLint.Api;
using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

/// <summary>Loads and runs every rule under fixtures/scripting/run once, for all the runner tests.</summary>
public sealed class RunFixture : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Small, so that the memory-loop fixture stops early in a test process shared with the other tests.</summary>
    public const long Memory = 64L << 20;

    private readonly RuleLoadResult _load;

    public RunFixture()
    {
        Sources = ScriptFixtures.Files("run").Select(ScriptFixtures.Source).ToArray();
        _load = RuleHost.Load(Sources, new RuleHostOptions(NoCache: true));
        Result = RuleHost.Run(_load.Rules, EmptyWorkspace(), _ => (null, RuleOptions.Empty), new DateOnly(2025, 1, 6), new RuleLimits(Timeout, Memory));
    }

    internal IReadOnlyList<RuleSource> Sources { get; }

    internal RuleLoadResult Load => _load;

    internal RuleRunResult Result { get; }

    internal static Workspace EmptyWorkspace() => new([], [], Workflow.Default);

    public void Dispose() => _load.Dispose();
}
