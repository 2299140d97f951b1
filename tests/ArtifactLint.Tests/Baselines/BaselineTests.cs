using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Baselines;

public sealed class BaselineTests
{
    [Fact]
    public void Match_KeyWithMoreFindingsThanRecorded_ReportsTheLastInReportOrderAsNew()
    {
        var entries = Baseline.Record([Finding(3), Finding(9)]);

        var match = Baseline.Match([Finding(12), Finding(2), Finding(7)], entries);

        Assert.Equal([12], match.Diagnostics.Select(d => d.Location.Line));
        Assert.Equal((2, 0, 0), (match.Hidden, match.Unmatched, match.Shrunk));
    }

    [Fact]
    public void Match_KeyWithFewerFindings_CountsAsShrunk_AndAKeyWithNoneAsUnmatched()
    {
        var other = Finding(4) with { Property = "estimate", Value = "many" };
        var entries = Baseline.Record([Finding(3), Finding(9), other]);

        var match = Baseline.Match([Finding(5)], entries);

        Assert.Empty(match.Diagnostics);
        Assert.Equal((1, 1, 1), (match.Hidden, match.Unmatched, match.Shrunk));
    }

    [Fact]
    public void Record_EngineFailuresAndSuppressedFindings_AreNotRecorded()
    {
        var failure = new Diagnostic(EngineRules.RuleFailed, Severity.Error, Location.At("b.md", 1, 1), "the rule threw");
        var suppressed = Finding(2) with { Suppression = new Suppression(Location.At("b.md", 2, 14), "agreed") };

        Assert.Equal([new BaselineEntry(new BaselineKey("b.md", "AL1001", "PB-1", "status", "nope"), 1)], Baseline.Record([failure, suppressed, Finding(3)]));
    }

    private static Diagnostic Finding(int line) =>
        new(EngineRules.SchemaViolation, Severity.Error, Location.At("b.md", line, 9), "'status' must be one of ...")
        {
            ArtifactId = "PB-1",
            Property = "status",
            Value = "nope",
        };
}
