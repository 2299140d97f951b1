using ArtifactLint.Scripting;
using ArtifactLint.Tests.Processes;

namespace ArtifactLint.Tests.Scripting;

/// <summary>
/// A trusted rule's own threads (PLINQ) are stopped by their guards at its time limit and memory budget, not abandoned.
/// Run on their own, after the parallel tests: busy test classes would keep the pool threads from starting in time. The
/// memory case gets a time limit it cannot reach, so that only the budget may stop it.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class TrustedThreadTests
{
    [Theory]
    [InlineData("trusted/ACME060-parallel-memory.csx", "AL0014", 120)]
    [InlineData("trusted/ACME061-parallel-loop.csx", "AL0004", 2)]
    public void Run_TrustedRuleOnThreadsOfItsOwn_IsStoppedByTheGuardsThere(string path, string id, int seconds)
    {
        using var load = RuleHost.Load([ScriptFixtures.Source(path)], new RuleHostOptions(NoCache: true, TrustRules: true));
        var result = RuleHost.Run(load.Rules, RunFixture.EmptyWorkspace(), _ => (null, Api.RuleOptions.Empty), new DateOnly(2025, 1, 6), new RuleLimits(TimeSpan.FromSeconds(seconds), 64L << 20));

        Assert.Equal(id, Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.AbandonedRules);
    }
}
