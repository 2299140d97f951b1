using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Baselines;

/// <summary>Adopting ArtifactLint on a repository with findings: record them, then see only new ones.</summary>
public sealed class BaselineCliTests : IDisposable
{
    private const string BaselineFile = ".artifactlint-baseline.json";
    private readonly TempFolder _ws = new();

    public BaselineCliTests()
    {
        _ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        _ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope\n---\n");
        _ws.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: T\ntype: story\nstatus: new\nasignee: [dana]\n---\n");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void UpdateBaseline_WritesSortedStableJson_AndExitsZero()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("baseline: wrote 2 entries (2 findings) to .artifactlint-baseline.json\n0 errors, 0 warnings, 0 infos in 2 documents (0 rules)\n", run.Error);
        Assert.Equal(
            """
            {
              "version": 1,
              "entries": [
                {
                  "path": "backlog/PB-1.md",
                  "ruleId": "AL1001",
                  "artifactId": "PB-1",
                  "property": "status",
                  "value": "nope",
                  "count": 1
                },
                {
                  "path": "backlog/PB-2.md",
                  "ruleId": "AL1004",
                  "artifactId": "PB-2",
                  "property": "asignee",
                  "value": null,
                  "count": 1
                }
              ]
            }

            """.Replace("\r\n", "\n"),
            File.ReadAllText(Path.Combine(_ws.Path, BaselineFile)));
    }

    [Fact]
    public void LinesInsertedAboveRecordedFindings_NothingNew()
    {
        CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");
        _ws.Write("backlog/PB-1.md", "---\n# moved here from the old tracker\n\nid: PB-1\ntitle: T\ntype: story\n\n\nstatus: nope\n---\n");
        _ws.Write("backlog/PB-2.md", "---\nid: PB-2\n# the assignee field is spelt as in Jira\ntitle: T\nstatus: new\ntype: story\n\nasignee: [dana, kim]\n---\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("baseline: 2 known findings hidden (.artifactlint-baseline.json)\n0 errors, 0 warnings, 0 infos in 2 documents (0 rules)\n", run.Error);
    }

    [Fact]
    public void AddedViolation_IsTheOnlyFindingReported()
    {
        CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");
        _ws.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: T\ntype: story\nstatus: new\nasignee: [dana]\nestimate: many\n---\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("backlog/PB-2.md:7:11: error AL1001: 'estimate' must be a number; found the text 'many' [schema-violation]\n", run.Out);
        Assert.EndsWith("1 error, 0 warnings, 0 infos in 2 documents (0 rules)\n", run.Error);
    }

    [Fact]
    public void RemovedViolation_SaysOneEntryNoLongerMatches()
    {
        CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");
        _ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "baseline: 1 known finding hidden (.artifactlint-baseline.json)\n"
            + "baseline: 1 entry no longer matches any finding; run with --update-baseline to prune it\n"
            + "0 errors, 0 warnings, 0 infos in 2 documents (0 rules)\n",
            run.Error);
    }

    [Fact]
    public void CorruptBaseline_IsAL0013AtTheJsonError_AndTheRunGoesOnWithoutIt()
    {
        _ws.Write(BaselineFile, "{\n  \"version\": 1,\n  \"entries\": [\n    { \"path\": \"backlog/PB-1.md\",, }\n  ]\n}\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(".artifactlint-baseline.json:4:33: error AL0013: the baseline cannot be used: it is not valid JSON (", lines[0]);
        Assert.EndsWith("). This run reports every finding; fix the file or rewrite it with --update-baseline [baseline-error]", lines[0]);
        Assert.StartsWith("backlog/PB-1.md:5:9: error AL1001", lines[1]);
        Assert.StartsWith("backlog/PB-2.md:6:1: warning AL1004", lines[2]);
    }

    [Fact]
    public void BaselineOfTheWrongShape_IsAL0013AtTheOffendingValue()
    {
        _ws.Write(BaselineFile, "{\n  \"version\": 1,\n  \"entries\": [\n    { \"path\": \"backlog/PB-1.md\", \"ruleId\": \"AL1001\", \"count\": 0 }\n  ]\n}\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.StartsWith(
            ".artifactlint-baseline.json:4:63: error AL0013: the baseline cannot be used: 'count' must be a whole number of at least 1. This run reports every finding",
            run.Out);
    }

    [Fact]
    public void BaselineOption_NamingAMissingFile_IsAL0013()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "--baseline", "accepted.json");

        Assert.StartsWith(
            "accepted.json:1:1: error AL0013: the baseline cannot be used: the file does not exist; create it with --update-baseline. This run reports every finding",
            run.Out);
    }

    [Fact]
    public void ConfigBaseline_IsWhereTheBaselineIsWrittenAndRead()
    {
        _ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nbaseline: ci/accepted-findings.json\n");

        var update = CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");
        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.StartsWith("baseline: wrote 2 entries (2 findings) to ci/accepted-findings.json\n", update.Error);
        Assert.True(File.Exists(Path.Combine(_ws.Path, "ci", "accepted-findings.json")));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("baseline: 2 known findings hidden (ci/accepted-findings.json)\n", run.Error);
    }

    [Fact]
    public void UpdateBaseline_WithAFilePath_StillRecordsTheWholeWorkspace()
    {
        var update = CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline", "backlog/PB-1.md");
        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.StartsWith("baseline: wrote 2 entries (2 findings)", update.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void InlineSuppressedFinding_IsNotRecorded()
    {
        _ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope # artifactlint-disable-line AL1001 -- agreed\n---\n");

        var run = CliRun.EngineOnly(_ws.Path, "lint", "--update-baseline");

        Assert.StartsWith("baseline: wrote 1 entry (1 finding)", run.Error);
        Assert.DoesNotContain("PB-1", File.ReadAllText(Path.Combine(_ws.Path, BaselineFile)), StringComparison.Ordinal);
    }
}
