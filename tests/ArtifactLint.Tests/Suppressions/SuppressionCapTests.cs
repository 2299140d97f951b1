using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Suppressions;

/// <summary>A document that is mostly suppression comments cannot make a run huge: past 10,000 they are not read, and it says so.</summary>
public sealed class SuppressionCapTests
{
    [Fact]
    public void Lint_DocumentWithMoreThanTenThousandSuppressions_ReadsTheFirstTenThousandAndSaysWhereItStopped()
    {
        using var ws = new TempFolder();
        var body = string.Concat(Enumerable.Repeat("<!-- artifactlint-disable-next-line AL1004 -- r -->\ntext\n", 10_001));
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n" + body);

        var run = CliRun.EngineOnly(ws.Path, "lint");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_000, lines.Count(l => l.Contains(" AL0007: ", StringComparison.Ordinal)));
        var stop = Assert.Single(lines, l => l.Contains(" AL0015: ", StringComparison.Ordinal));
        Assert.Equal(
            "backlog/PB-1.md:20007:1: warning AL0015: this document has 10,001 suppression comments; from this one on they are not read, so the findings they name are reported: "
            + "keep at most 10,000 in a document, and turn a rule off in the config or record its findings in a baseline instead [body-not-checked]",
            stop);
    }
}
