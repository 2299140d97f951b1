using System.Text.Json;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>What a review as a new user found, kept fixed.</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public void Lint_FileOfAWorkspaceInASubfolder_UsesThatWorkspacesConfig()
    {
        var run = CliRun.Run(Repo.Root, "lint", "examples/messy-repo/backlog/PB-126-reconciliation-timeout-large-accounts.md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\nbacklog/PB-126-reconciliation-timeout-large-accounts.md:9:9: error AL3002:", run.Out);
    }

    [Fact]
    public void Lint_FileWithoutAnyConfig_KeepsTheWorkingDirectoryAsRoot()
    {
        using var ws = new TempFolder();
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: T\nstatus: activ\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint", "goals/G-1.md");

        Assert.StartsWith("goals/G-1.md:4:9: error AL1001", run.Out);
    }

    [Fact]
    public void Lint_FileOutsideTheConfiguredWorkspace_ExitsTwo()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");

        var run = CliRun.EngineOnly(ws.Path, "lint", "-c", ".artifactlint.yml", Path.Combine(Repo.Examples, "messy-repo", "vision.md"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is outside the workspace", run.Error);
    }

    [Fact]
    public void Lint_InfiniteOrHugeEstimate_IsASchemaViolationNotARuleCrash()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("sprints/S-1.md", "---\nid: S-1\nstart_date: 2026-11-23\nend_date: 2026-12-04\nstatus: active\ncapacity: 20\ngoal: Ship it\n---\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: task\nstatus: ready\nsprint: S-1\nestimate: .inf\n---\n");
        ws.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: T\ntype: task\nstatus: ready\nsprint: S-1\nestimate: 1e30\n---\n");

        var run = CliRun.Run(ws.Path, "lint", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var ids = JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("line").GetInt32(), f.GetProperty("ruleId").GetString()))
            .ToArray();
        Assert.Equal([("backlog/PB-1.md", 7, "AL1001"), ("backlog/PB-2.md", 7, "AL1001")], ids);
    }

    [Fact]
    public void Lint_ImpossibleCalendarDate_IsASchemaViolationAtTheValue()
    {
        using var ws = new TempFolder();
        ws.Write("sprints/S-1.md", "---\nid: S-1\nstart_date: 2026-02-02\nend_date: 2026-02-30\nstatus: closed\ncapacity: 20\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal("sprints/S-1.md:4:11: error AL1001: 'end_date' must be a real date; 2026-02-30 does not exist in the calendar: check the month and the day [schema-violation]\n", run.Out);
    }

    [Fact]
    public void Lint_DocumentWithoutFrontMatterInAKindFolder_LacksItsRequiredFieldsAtOneOne()
    {
        using var ws = new TempFolder();
        ws.Write("goals/notes.md", "Some notes about our goals.\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("goals/notes.md:1:1: error AL1001: '", l));
    }

    [Fact]
    public void Lint_MissingRuleFolder_IsAnErrorInTheConfigAndOnTheCommandLine()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy/rulez]\n");

        var config = CliRun.EngineOnly(ws.Path, "lint");
        File.Delete(Path.Combine(ws.Path, ".artifactlint.yml"));
        var option = CliRun.EngineOnly(ws.Path, "lint", "--rules", "nowhere");

        Assert.Equal(2, config.ExitCode);
        Assert.StartsWith(".artifactlint.yml:1:14: error AL0006: the rule folder 'policy/rulez' does not exist", config.Error);
        Assert.Equal(2, option.ExitCode);
        Assert.Equal("artifactlint: the rule folder 'nowhere' does not exist\n", option.Error);
    }

    [Fact]
    public void Lint_TeamRuleReusingABuiltInName_IsAL0012AndDoesNotRun()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy]\n");
        ws.Write("policy/ACME001-sprint-capacity.csx", """
            var d = new RuleDescriptor("ACME001", "sprint-capacity", "t", "m", "Team", Severity.Error);
            return new Rule(d, context => context.Report(Location.StartOf("x.md")));
            """);

        var run = CliRun.Run(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("policy/ACME001-sprint-capacity.csx:1:1: error AL0012: rule ACME001 is named 'sprint-capacity', which is already the name of AL4001: give it a name of its own (the config and suppressions accept names) [rule-load-error]\n", run.Out);
    }

    [Fact]
    public void Lint_RuleScriptThatIsNotUtf8_IsAL0009AndTheRunExitsTwo()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy]\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: T\nstatus: activ\n---\n");
        Directory.CreateDirectory(Path.Combine(ws.Path, "policy"));
        File.WriteAllBytes(Path.Combine(ws.Path, "policy", "ACME001-broken.csx"), [0x2F, 0x2F, 0xFF, 0xFE, 0x0A]);

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("goals/G-1.md:4:9: error AL1001", lines[0]);
        Assert.Equal("policy/ACME001-broken.csx:1:3: error AL0009: this file is not UTF-8 text: the byte 0xFF here is not UTF-8; save the file as UTF-8 [unreadable-file]", lines[1]);
    }

    [Fact]
    public void Lint_FilePathsGiven_ABrokenBaselineIsStillReported()
    {
        using var ws = new TempFolder();
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: T\nstatus: proposed\n---\n");
        ws.Write("baseline.json", "{ not json");

        var run = CliRun.EngineOnly(ws.Path, "lint", "--baseline", "baseline.json", "goals/G-1.md");

        Assert.Matches(@"^baseline.json:1:\d+: error AL0013", run.Out);
        Assert.Contains("in 1 document ", run.Error);
    }

    [Fact]
    public void Cli_MissingRequiredArgumentAndNegativeMaxWarnings_ExitTwo()
    {
        using var ws = new TempFolder();

        Assert.Equal(2, CliRun.EngineOnly(ws.Path, "rules", "explain").ExitCode);
        Assert.Equal(2, CliRun.EngineOnly(ws.Path, "lint", "--max-warnings", "-1").ExitCode);
    }

    [Fact]
    public void Lint_BodyFinding_IsAboutNoFrontMatterProperty()
    {
        var run = CliRun.Run(Repo.Root, "lint", Path.Combine(Repo.Examples, "messy-repo"), "--format", "json");

        var finding = JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "AL2003");
        Assert.Equal("PB-113", finding.GetProperty("artifactId").GetString());
        Assert.False(finding.TryGetProperty("property", out _));
    }
}
