using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Suppressions;

/// <summary>Inline suppressions of findings the engine reports today, through the CLI.</summary>
public sealed class SuppressionCliTests
{
    private const string Config = "as_of: 2026-11-27\n";
    private const string Clean = "0 errors, 0 warnings, 0 infos in 1 document (0 rules)\n";

    [Fact]
    public void YamlDisableLine_ById_SuppressesTheFindingOnItsLine()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope # artifactlint-disable-line AL1001 -- agreed with the PO\n---\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(Clean, run.Error);
    }

    [Fact]
    public void YamlDisableNextLine_ByName_SkipsBlankLinesToTheFinding()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n# artifactlint-disable-next-line unknown-property -- imported from Jira\n\nasignee: [dana]\n---\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void YamlDisableNextLine_CoversOnlyTheNextLine()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\n# artifactlint-disable-next-line AL1001 -- agreed\nstatus: nope\nestimate: many\n---\n");

        Assert.Equal(["backlog/PB-1.md:7:11: error AL1001"], Heads(run.Out));
    }

    [Fact]
    public void YamlDisableFile_SeveralRules_SuppressesThemAnywhereInTheFile()
    {
        var run = Lint("---\n# artifactlint-disable-file AL1001, unknown-property -- legacy item, cleaned up in Q3\nid: PB-1\ntitle: T\ntype: story\nstatus: nope\nasignee: [dana]\nestimate: many\n---\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(Clean, run.Error);
    }

    [Fact]
    public void HtmlDisableFile_InTheBody_SuppressesAFrontMatterFinding()
    {
        var run = LintWithCopy("# Copy\n\n<!-- artifactlint-disable-file duplicate-id -- the split of PB-1 is being reviewed -->\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void HtmlDisableFile_InAFencedExampleInABlockQuote_SuppressesNothing()
    {
        var run = LintWithCopy("# Copy\n\n> To silence it:\n>\n> ```markdown\n> <!-- artifactlint-disable-file duplicate-id -- the split of PB-1 is being reviewed -->\n> ```\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "backlog/PB-2.md:2:5: error AL1003: id 'PB-1' is already used by the backlog item in backlog/PB-1.md: give this backlog item an id of its own [duplicate-id]\n"
            + "  backlog/PB-1.md:2:5: note: 'PB-1' is first used here\n",
            run.Out);
    }

    [Fact]
    public void MissingReason_IsAL0008_AndTheFindingIsStillReported()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope # artifactlint-disable-line AL1001\n---\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'nope' [schema-violation]\n"
            + "backlog/PB-1.md:5:14: error AL0008: this suppression suppresses nothing: it gives no reason, write one after ' -- ' "
            + "(artifactlint-disable-line AL1001 -- why this is acceptable) [invalid-suppression]\n",
            run.Out);
    }

    [Fact]
    public void UnknownRule_IsAL0008_WithTheClosestKnownRule()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope # artifactlint-disable-line schema-violaton -- agreed\n---\n");

        Assert.Equal(
            [
                "backlog/PB-1.md:5:9: error AL1001",
                "backlog/PB-1.md:5:14: error AL0008: this suppression suppresses nothing: 'schema-violaton' is not a known rule, did you mean 'schema-violation'? [invalid-suppression]",
            ],
            Lines(run.Out).Select(l => l.StartsWith("backlog/PB-1.md:5:9:", StringComparison.Ordinal) ? Head(l) : l));
    }

    [Fact]
    public void EngineFailureRule_CannotBeSuppressed()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: new # artifactlint-disable-line config-error -- never\n---\n");

        Assert.Equal(
            "backlog/PB-1.md:5:13: error AL0008: this suppression suppresses nothing: AL0006 (config-error) cannot be suppressed, fix what it reports instead [invalid-suppression]\n",
            run.Out);
    }

    [Fact]
    public void UnusedSuppression_IsAL0007Warning()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\n# artifactlint-disable-next-line AL1001 -- the status used to be wrong\nstatus: new\n---\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:5:1: warning AL0007: this suppression of AL1001 (schema-violation) suppresses nothing: there is no such finding on line 6; remove the comment [unused-suppression]\n",
            run.Out);
    }

    [Fact]
    public void PartlyUsedSuppression_NamesTheUnusedRule()
    {
        var run = Lint("---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope # artifactlint-disable-line AL1001, AL1004 -- agreed\n---\n");

        Assert.Equal(
            "backlog/PB-1.md:5:14: warning AL0007: AL1004 (unknown-property) in this suppression suppresses nothing: there is no such finding on this line; remove it from the comment [unused-suppression]\n",
            run.Out);
    }

    private static CliRun Lint(string backlogItem)
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", backlogItem);
        return CliRun.EngineOnly(ws.Path, "lint");
    }

    // PB-1, and PB-2 with PB-1's id and the body given.
    private static CliRun LintWithCopy(string body)
    {
        const string Item = "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n";
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item);
        ws.Write("backlog/PB-2.md", Item + body);
        return CliRun.EngineOnly(ws.Path, "lint");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Head(string line) => line[..line.IndexOf(':', line.IndexOf("AL", StringComparison.Ordinal))];

    private static string[] Heads(string text) => Lines(text).Select(Head).ToArray();
}
