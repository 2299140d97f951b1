using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>A team rule's messages by id, as a rule author meets them: reported, mistyped, left unfilled, and asserted by fixtures.</summary>
public sealed class RuleMessageReportTests
{
    private const string Item = "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n";

    [Fact]
    public void Lint_ReportByMessageId_SaysThatSentenceFilledByName()
    {
        using var ws = Workspace("context.Report(\"no-owner\", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id, status = item.Status });");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:5:9: error ACME010: Backlog item 'PB-1' is 'new' and has no owner: add 'owner' [owner]\n",
            run.Out);
    }

    [Fact]
    public void Lint_UnknownMessageId_FailsTheRuleAtItsLineWithTheClosestId()
    {
        using var ws = Workspace("context.Report(\"no-ownr\", item.Start, new { id = item.Id, status = item.Status });");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rules/ACME010-owner.csx:", run.Out);
        Assert.Contains("error AL0003: rule ACME010 threw ArgumentException: rule ACME010 has no message 'no-ownr'. Did you mean 'no-owner'? [rule-failed]", run.Out);
    }

    [Fact]
    public void Lint_PlaceholderWithoutAValue_FailsTheRuleNamingIt()
    {
        using var ws = Workspace("context.Report(\"no-owner\", item.Start, new { id = item.Id });");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("message 'no-owner' of rule ACME010 says {status}, but the report gives no value named 'status': pass new { status = ... }", run.Out);
    }

    [Fact]
    public void Lint_MessageWithAnUnclosedPlaceholder_IsALoadErrorOfTheDescriptor()
    {
        using var ws = Workspace("context.Report(\"no-owner\", item.Start, new { id = item.Id });", format: "Backlog item '{id' has no owner");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("AL0012", run.Out);
        Assert.Contains("has a message 'no-owner' that has a '{' at character 15 that opens no placeholder", run.Out);
    }

    [Fact]
    public void Test_MarkerNamingAMessageId_PassesOnlyForThatMessage()
    {
        using var ws = Workspace("context.Report(\"no-owner\", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id, status = item.Status });");
        ws.Write("rules/fixtures/ACME010-owner/basic/.artifactlint.yml", "{}\n");
        ws.Write("rules/fixtures/ACME010-owner/other/.artifactlint.yml", "{}\n");
        ws.Write("rules/fixtures/ACME010-owner/basic/backlog/PB-1.md", Item.Replace("status: new", "status: new # expect: ACME010:9@no-owner"));
        ws.Write("rules/fixtures/ACME010-owner/other/backlog/PB-1.md", Item.Replace("status: new", "status: new # expect: ACME010@owner-left"));

        var run = CliRun.EngineOnly(ws.Path, "rules", "test");

        Assert.True(run.ExitCode == 1, run.Out + run.Error);
        Assert.Contains("rules/fixtures/ACME010-owner/basic: ok", run.Out);
        Assert.Contains("rules/fixtures/ACME010-owner/other: FAILED", run.Out);
        Assert.Contains("missing:    backlog/PB-1.md:5: ACME010@owner-left", run.Out);
    }

    private static TempFolder Workspace(string report, string format = "Backlog item '{id}' is '{status}' and has no owner: add 'owner'")
    {
        var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\n");
        ws.Write("backlog/PB-1.md", Item);
        ws.Write(
            "rules/ACME010-owner.csx",
            "var descriptor = new RuleDescriptor(Id: \"ACME010\", Name: \"owner\", Title: \"Owner\", Category: \"Team\", DefaultSeverity: Severity.Error)\n" +
            "{\n    Messages = new()\n    {\n        [\"no-owner\"] = \"" + format + "\",\n        [\"owner-left\"] = \"Backlog item '{id}' has an owner who left\",\n    },\n};\n" +
            "return new Rule(descriptor, context =>\n{\n    foreach (var item in context.Workspace.BacklogItems)\n    {\n" +
            "        " + report + "\n    }\n});\n");
        return ws;
    }
}
