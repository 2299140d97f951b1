using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// Git can commit a link. Every file the tool reads from a repository (a baseline, a team rule's page, a fixture)
/// is read as a document is: a link to a device is refused at once, never read until the memory runs out.
/// </summary>
public sealed class RepositoryFileLinkTests
{
    private const string Item = "---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope\n---\n";

    [Fact]
    public void Lint_BaselineLinkedToADevice_IsABaselineErrorAtOnce()
    {
        using var ws = new TempFolder();
        ws.Write("backlog/PB-1.md", Item);
        File.CreateSymbolicLink(Path.Combine(ws.Path, ".artifactlint-baseline.json"), "/dev/zero");

        var run = CliRun.EngineOnly(ws.Path, "lint", "--baseline", ".artifactlint-baseline.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            ".artifactlint-baseline.json:1:1: error AL0013: ",
            run.Out,
            StringComparison.Ordinal);
        Assert.Contains("a character device, not a regular file", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesExplain_TeamPageLinkedToADevice_IsAUsageError()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\n");
        ws.Write("rules/ACME001-odd.csx", "return null;\n");
        File.CreateSymbolicLink(Path.Combine(ws.Path, "rules", "ACME001-odd.md"), "/dev/urandom");

        var run = CliRun.EngineOnly(ws.Path, "rules", "explain", "ACME001");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("the documentation page of rule ACME001 (odd) cannot be read: this file is a character device, not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_FixtureFileLinkedToADevice_FinishesAndReportsIt()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\n");
        ws.Write("rules/fixtures/case/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("rules/fixtures/case/backlog/PB-1.md", Item.Replace("status: nope", "status: nope   # expect: AL1001", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(ws.Path, "rules", "fixtures", "case", "backlog", "PB-2.md"), "/dev/zero");

        var run = CliRun.EngineOnly(ws.Path, "rules", "test", "rules/fixtures");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AL0009", run.Out + run.Error, StringComparison.Ordinal);
    }
}
