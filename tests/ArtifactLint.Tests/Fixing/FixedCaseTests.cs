using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Fixing;

/// <summary><c>rules test</c> on a fixture case with <c>*.fixed.md</c> files: what <c>--fix</c> makes of each document must be its fixed file.</summary>
public sealed class FixedCaseTests
{
    private const string Item = "---\nid: PB-1\nkind: backlog-item\ntitle: An item\ntype: task\nstatus: new\nestimat: 2 # expect: AL1004:1\n---\nBody.\n";

    [Fact]
    public void RulesTest_FixedFileAsFixGivesIt_PassesAndIsNoDocument()
    {
        using var ws = Case(Item.Replace("estimat: 2", "estimate: 2", StringComparison.Ordinal));
        var run = CliRun.EngineOnly(ws.Path, "rules", "test", "fixtures");
        Assert.Equal(0, run.ExitCode);

        // The fixed file is not linted: its id would be a duplicate of PB-1's, and its marker an unmet expectation.
        Assert.Equal("fixtures/AL1004-unknown-property/fix: ok (1 expected findings)\n", run.Out);
    }

    [Fact]
    public void RulesTest_FixedFileOtherThanWhatFixGives_FailsAndSaysWhere()
    {
        using var ws = Case(Item.Replace("estimat: 2", "estimated: 2", StringComparison.Ordinal));
        var run = CliRun.EngineOnly(ws.Path, "rules", "test", "fixtures");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "  fix:        backlog/PB-1.md: --fix gives line 7 'estimate: 2 # expect: AL1004:1' in place of line 7 'estimated: 2 # expect: AL1004:1' of backlog/PB-1.fixed.md\n",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_DocumentFixedWithoutAFixedFile_Fails()
    {
        using var ws = Case(Item.Replace("estimat: 2", "estimate: 2", StringComparison.Ordinal));
        ws.Write("fixtures/AL1004-unknown-property/fix/backlog/PB-2.md", Item.Replace("PB-1", "PB-2", StringComparison.Ordinal));
        var run = CliRun.EngineOnly(ws.Path, "rules", "test", "fixtures");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  fix:        backlog/PB-2.md: --fix changes it (1 fix), but the case has no PB-2.fixed.md to say how\n", run.Out, StringComparison.Ordinal);
    }

    private static TempFolder Case(string fixedText)
    {
        var ws = new TempFolder();
        ws.Write("fixtures/AL1004-unknown-property/fix/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("fixtures/AL1004-unknown-property/fix/backlog/PB-1.md", Item);
        ws.Write("fixtures/AL1004-unknown-property/fix/backlog/PB-1.fixed.md", fixedText);
        return ws;
    }
}
