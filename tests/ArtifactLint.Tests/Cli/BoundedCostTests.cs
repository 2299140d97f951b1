using System.Text.Json;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// Issue 9, reproducers 6 and 7: a value as long as a document and a workspace shaped against a rule are
/// reported like any other, with quoted values cut, instead of stopping a rule or a message growing with them.
/// The workspaces are generated here; the timings are the benchmarks' (tests never assert durations).
/// </summary>
public sealed class BoundedCostTests
{
    private const string Config = "as_of: 2026-11-27\n";

    [Fact]
    public void Lint_NineThousandUnknownDependenciesAndAHundredThousandCharacterId_ReportsEveryOne()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item("PB-1"));
        ws.Write("backlog/many.md", Item("PB-MANY", "dependencies:\n" + string.Concat(Enumerable.Range(1, 9000).Select(i => $"  - X-{i}\n"))));
        var longId = new string('q', 100_000);
        ws.Write("backlog/long.md", Item(longId, $"dependencies: [{longId}z]\n"));

        var run = CliRun.Run(ws.Path, "lint", "-f", "json");

        Assert.Equal(1, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Equal(9001, findings.Count(f => f.RuleId == "AL3002"));
        Assert.Equal(Enumerable.Range(1, 9000).Select(i => $"X-{i}"), findings.Where(f => f.Path == "backlog/many.md").Select(f => Quoted(f.Message)));
        Assert.Contains(findings, f => f.Message == "'dependencies' references 'X-1', which is not a backlog item in this workspace: correct the id, or create the backlog item it refers to");
        Assert.Equal(
            $"'dependencies' references '{new string('q', 79)}…', which is not a backlog item in this workspace: correct the id, or create the backlog item it refers to",
            Assert.Single(findings, f => f.Path == "backlog/long.md").Message);
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("AL000", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_StatusAsLongAsADocument_IsQuotedCutWithoutASuggestion()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item("PB-1").Replace("status: new", "status: ready" + new string('y', 1_000_000), StringComparison.Ordinal));

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            $"backlog/PB-1.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'ready{new string('y', 74)}…' [schema-violation]\n",
            run.Out);
    }

    [Fact]
    public void Lint_LongUnknownKey_IsQuotedCut()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        var key = "statu" + new string('s', 900);
        ws.Write("backlog/PB-1.md", Item("PB-1", $"{key}: x\n"));

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal($"backlog/PB-1.md:6:1: warning AL1004: '{key[..79]}…' is not a property of a backlog item: check the spelling, or add it to the kind's schema [unknown-property]\n", run.Out);
    }

    [Fact]
    public void Lint_ParentChainLongerThanTwelveToADroppedGoal_NamesItsStartAndItsGoal()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Old\nstatus: dropped\n---\n");
        ws.Write("backlog/PB-1.md", Item("PB-1", "goals: [G-1]\n", "epic"));
        for (var i = 2; i <= 15; i++)
        {
            ws.Write($"backlog/PB-{i}.md", Item($"PB-{i}", $"parent: PB-{i - 1}\n", "epic"));
        }

        var run = CliRun.Run(ws.Path, "lint", "-f", "json");

        var chain = "PB-15 → " + string.Join(" → ", Enumerable.Range(6, 9).Reverse().Select(i => $"parent PB-{i}")) + " → … (5 more) → goal G-1 (dropped)";
        Assert.Equal(
            $"Backlog item 'PB-15' is open but reaches only dropped goals: {chain}. Link it to a proposed or active goal in 'goals', or drop the item if the work no longer matters",
            Assert.Single(Findings(run.Out), f => f.RuleId == "AL3001" && f.Path == "backlog/PB-15.md").Message);
        Assert.Equal(
            "Backlog item 'PB-11' is open but reaches only dropped goals: PB-11 → " + string.Join(" → ", Enumerable.Range(1, 10).Reverse().Select(i => $"parent PB-{i}"))
                + " → goal G-1 (dropped). Link it to a proposed or active goal in 'goals', or drop the item if the work no longer matters",
            Assert.Single(Findings(run.Out), f => f.RuleId == "AL3001" && f.Path == "backlog/PB-11.md").Message);
    }

    [Fact]
    public void Lint_ItemServingManyGoalsOneDropped_ListsTheFirstTenItStillServes()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        for (var i = 1; i <= 13; i++)
        {
            ws.Write($"goals/G-{i:00}.md", $"---\nid: G-{i:00}\ntitle: Goal\nstatus: {(i == 13 ? "dropped" : "active")}\n---\n");
        }

        ws.Write("backlog/PB-1.md", Item("PB-1", "goals: [" + string.Join(", ", Enumerable.Range(1, 13).Select(i => $"G-{i:00}")) + "]\n", "story"));

        var run = CliRun.Run(ws.Path, "lint", "-f", "json");

        var listed = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"'G-{i:00}'"));
        Assert.Equal(
            $"Backlog item 'PB-1' is open but its goal 'G-13' was dropped: remove it from 'goals' (the item still serves {listed} and 2 more)",
            Assert.Single(Findings(run.Out), f => f.RuleId == "AL3006").Message);
    }

    [Fact]
    public void Lint_WorkInProgressLimitInTheThousands_NamesTheFirstTenItemsKept()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config + "rules:\n  wip-limit: { options: { limit: 12 } }\n");
        for (var i = 1; i <= 13; i++)
        {
            ws.Write($"backlog/PB-{i:00}.md", Item($"PB-{i:00}", $"rank: {i}\nassignee: [dana]\n", "task").Replace("status: new", "status: in-progress", StringComparison.Ordinal));
        }

        var run = CliRun.Run(ws.Path, "lint", "-f", "json");

        var finding = Assert.Single(Findings(run.Out), f => f.RuleId == "AL4008");
        var kept = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"'PB-{i:00}'"));
        Assert.Equal(
            $"Assignee 'dana' has 13 backlog items in progress, more than the limit of 12; 'PB-13' is beyond the limit in backlog order: finish {kept} and 2 more first, or pause 'PB-13' or hand it over",
            finding.Message);
        Assert.Equal(10, finding.Related);
    }

    [Fact]
    public void Lint_BodyPastTheMegabyteRead_ChecksWhatComesBeforeAndWarnsWhereChecksStop()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        var filler = string.Concat(Enumerable.Repeat("a line of a pasted export\n", 40_000));
        ws.Write("backlog/PB-1.md", Item("PB-1", "estimate: 3\n", "story").Replace("status: new", "status: done", StringComparison.Ordinal)
            + "## Acceptance criteria\n- [ ] first\n\n" + filler + "- [ ] late\n");

        var run = CliRun.Run(ws.Path, "lint");

        Assert.Equal(
            "backlog/PB-1.md:9:1: warning AL2003: Backlog item 'PB-1' is 'done' but its acceptance criterion 'first' is not checked: check it ('- [x]') if it was met, or reopen the item [done-item-criteria-checked]\n"
                + "backlog/PB-1.md:38471:1: warning AL0015: this body is longer than the 1,000,000 characters read for headings, task lists, links and tables: from here on none of them is checked (acceptance criteria included); split the document, or keep long text such as logs and exports out of it [body-not-checked]\n",
            run.Out);
    }

    private static string Item(string id, string fields = "", string type = "chore") =>
        $"---\nid: {id}\ntitle: Item\ntype: {type}\nstatus: new\n{fields}---\n";

    private static string Quoted(string message) => message.Split('\'')[3];

    private static List<(string Path, string RuleId, string Message, int Related)> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("ruleId").GetString()!, f.GetProperty("message").GetString()!, f.GetProperty("related").GetArrayLength()))
            .ToList();
    }
}
