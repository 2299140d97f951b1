using System.Text.Json;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

public sealed class LintCommandTests
{
    private const string Config = "as_of: 2026-11-27\n";

    [Fact]
    public void Lint_StatusTypo_ReportedAtItsValueWithAllowedValuesAndWhatItMeans()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: Export invoices\ntype: story\n# the status below is misspelt\nstatus: activ\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:6:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'activ'. Did you mean 'in-progress'? [schema-violation]\n",
            run.Out);
    }

    [Fact]
    public void Lint_StatusTypoCloseToAnAllowedValue_SuggestsIt()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\n\n\nstatus: activ\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            "goals/G-1.md:6:9: error AL1001: 'status' must be one of: proposed, active, achieved, dropped; found 'activ'. Did you mean 'active'? [schema-violation]\n",
            run.Out);
    }

    [Fact]
    public void Lint_MissingTitle_ReportedAtFrontMatterStart()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntype: story\nstatus: new\n---\n# Body\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.StartsWith("backlog/PB-1.md:1:1: error AL1001: 'title' is required for a backlog item", run.Out);
    }

    [Fact]
    public void Lint_BrokenYamlAndBinaryFile_ReportedAndOtherDocumentsStillChecked()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: \"unclosed\ntype: story\n---\n");
        File.WriteAllBytes(Path.Combine(ws.Path, "backlog", "PB-2.md"), [0x00, 0x01, 0xFF]);
        ws.Write("backlog/PB-3.md", "---\nid: PB-3\ntitle: Fine\ntype: story\nstatus: redy\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        var ids = Lines(run.Out).Select(l => (l.Split(':')[0], l.Split(' ')[2])).ToArray();
        Assert.Equal([("backlog/PB-1.md", "AL0001:"), ("backlog/PB-2.md", "AL0009:"), ("backlog/PB-3.md", "AL1001:")], ids);
        Assert.Contains("Did you mean 'ready'?", run.Out);
        Assert.StartsWith("3 errors, 0 warnings, 0 infos in 2 documents (", run.Error);
    }

    [Fact]
    public void Lint_InvalidConfig_ExitsTwoWithLineAndColumn()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nexclued: [README.md]\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(".artifactlint.yml:2:1: error AL0006: 'exclued' is not a property of a configuration file. Did you mean 'exclude'? [config-error]\n", run.Error);
    }

    [Fact]
    public void Lint_WorkflowListOutsideStatuses_IsConfigError()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "workflow:\n  statuses: [todo, doing, done]\n  done: [finished]\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(".artifactlint.yml:3:10: error AL0006: workflow 'done' names 'finished'", run.Error);
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--fail-level", "warning" }, 1)]
    [InlineData(new[] { "--max-warnings", "0" }, 1)]
    [InlineData(new[] { "--max-warnings", "1" }, 0)]
    public void Lint_WarningsOnly_ExitCodeFollowsFailLevelAndMaxWarnings(string[] options, int expected)
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\nasignee: [dana]\n---\n");

        var run = CliRun.EngineOnly(ws.Path, ["lint", .. options]);

        Assert.Equal(expected, run.ExitCode);
        Assert.Contains("warning AL1004: 'asignee' is not a property of a backlog item. Did you mean 'assignee'?", run.Out);
    }

    [Fact]
    public void Lint_FilePaths_RestrictWhatIsReportedNotWhatIsLoaded()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n");
        ws.Write("backlog/PB-2.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope\n---\n");

        var onlyFirst = CliRun.EngineOnly(ws.Path, "lint", "backlog/PB-1.md");
        var onlySecond = CliRun.EngineOnly(ws.Path, "lint", "backlog/PB-2.md");

        // PB-1.md has no finding of its own, but is the related location of the duplicate id in PB-2.md.
        Assert.Equal(["backlog/PB-2.md:2:5: error AL1003"], Lines(onlyFirst.Out).Where(l => !l.StartsWith("  ")).Select(Head));
        Assert.Equal(["backlog/PB-2.md:2:5: error AL1003", "backlog/PB-2.md:5:9: error AL1001"], Lines(onlySecond.Out).Where(l => !l.StartsWith("  ")).Select(Head));
        Assert.Contains("in 2 documents", onlyFirst.Error);
    }

    [Fact]
    public void Lint_PathThatDoesNotExist_ExitsTwo()
    {
        using var ws = new TempFolder();

        var run = CliRun.EngineOnly(ws.Path, "lint", "nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("artifactlint: the path 'nowhere' does not exist\n", run.Error);
    }

    [Fact]
    public void Lint_UnknownOption_ExitsTwo()
    {
        using var ws = new TempFolder();

        var run = CliRun.EngineOnly(ws.Path, "lint", "--colour");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error);
    }

    [Fact]
    public async Task Lint_JsonToFile_WritesReportMatchingItsSchemaAndNoTempFiles()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\nasignee: [dana]\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint", "--format", "json", "--output", "out/report.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["report.json"], Directory.GetFiles(Path.Combine(ws.Path, "out")).Select(Path.GetFileName));
        var text = File.ReadAllText(Path.Combine(ws.Path, "out", "report.json"));
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(Repo.Schemas, "report.schema.json"));
        Assert.Empty(schema.Validate(text));
        using var json = JsonDocument.Parse(text);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("AL1004", finding.GetProperty("ruleId").GetString());
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
        Assert.Equal("PB-1", finding.GetProperty("artifactId").GetString());
    }

    [Fact]
    public void Lint_ReportToDevNull_WritesThroughAndLeavesTheDeviceAlone()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);

        var run = CliRun.EngineOnly(ws.Path, "lint", "--format", "json:/dev/null");

        Assert.Equal(0, run.ExitCode);
        // Renaming a temp file over /dev/null would have left the JSON report there as a regular file.
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public void Lint_TwoFormatsToStdout_IsUsageError()
    {
        using var ws = new TempFolder();

        var run = CliRun.EngineOnly(ws.Path, "lint", "-f", "text", "-f", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at most one format can go to stdout", run.Error);
    }

    [Fact]
    public void Version_PrintsVersion()
    {
        var run = CliRun.EngineOnly(Path.GetTempPath(), "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Head(string line) => string.Join(' ', line.Split(' ').Take(3)).TrimEnd(':');
}
