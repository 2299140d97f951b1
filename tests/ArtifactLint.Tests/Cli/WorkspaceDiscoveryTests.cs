using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

public sealed class WorkspaceDiscoveryTests
{
    [Fact]
    public void Lint_SkipsHiddenFoldersNodeModulesAndGitIgnoredFiles()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write(".gitignore", "drafts/\n*.tmp.md\n!keep.tmp.md\n");
        const string Broken = "---\nid: [\n---\n";
        ws.Write(".hidden/a.md", Broken);
        ws.Write("node_modules/pkg/readme.md", Broken);
        ws.Write("drafts/b.md", Broken);
        ws.Write("notes/c.tmp.md", Broken);
        ws.Write("notes/keep.tmp.md", Broken);

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal("notes/keep.tmp.md", run.Out.Split(':')[0]);
        Assert.Contains("in 1 document ", run.Error);
    }

    [Fact]
    public void Lint_ConfigIncludeAndExclude_SelectDocuments()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "include: [\"product/**/*.md\"]\nexclude: [\"product/archive/**\"]\n");
        ws.Write("product/a.md", "# a\n");
        ws.Write("product/archive/b.md", "# b\n");
        ws.Write("other/c.md", "# c\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 1 document (", run.Error);
    }

    [Fact]
    public void Lint_FindsConfigByWalkingUpFromThePath()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "exclude: [\"backlog/skip.md\"]\n");
        ws.Write("backlog/skip.md", "---\nid: [\n---\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n");

        var run = CliRun.EngineOnly(Path.GetTempPath(), "lint", Path.Combine(ws.Path, "backlog"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in 1 document ", run.Error);
    }

    [Fact]
    public void Lint_KindFieldThenConfigGlobsThenDefaultFolders()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "kinds:\n  goal: { paths: [\"strategy/*.md\"] }\n");
        // a `kind` field wins over the folder
        ws.Write("backlog/G-1.md", "---\nkind: goal\nid: G-1\ntitle: T\nstatus: activ\n---\n");
        // config globs give the kind
        ws.Write("strategy/G-2.md", "---\nid: G-2\ntitle: T\nstatus: activ\n---\n");
        // a kinds.X.paths entry replaces X's default folder: goals/ is no longer goal (and AL1005 says so)
        ws.Write("goals/G-3.md", "---\nid: G-3\ntitle: T\nstatus: activ\n---\n");
        // the default folder
        ws.Write("sprints/S-1.md", "---\nid: S-1\nstart_date: 2026-11-02\nend_date: 2026-11-13\nstatus: activ\ncapacity: 20\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("backlog/G-1.md:5:9: error AL1001: 'status' must be one of: proposed, active, achieved, dropped", lines[0]);
        Assert.Equal(
            "goals/G-3.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. 'goals/' is no longer the folder of goals: "
            + "'kinds.goal.paths' in .artifactlint.yml replaces it. Move the file to where those paths say, add 'kind: goal' to its front matter, or add the folder to 'kinds.goal.paths' [no-kind]",
            lines[1]);
        Assert.Contains("sprints/S-1.md:5:9: error AL1001: 'status' must be one of: planned, active, closed", lines[2]);
        Assert.Contains("strategy/G-2.md:4:9: error AL1001: 'status' must be one of: proposed, active, achieved, dropped", lines[3]);
    }

    [Fact]
    public void Lint_DirectoryLinkLoop_IsReportedAndTheRunGoesOn()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: nope\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "loop"), Path.Combine(ws.Path, "backlog"));

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("backlog/PB-1.md:5:9: error AL1001", lines[0]);
        Assert.StartsWith("backlog/loop:1:1: error AL0009", lines[1]);
    }

    [Fact]
    public void Lint_TeamKindWithItsOwnSchema_IsValidated()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "kinds:\n  persona: { paths: [\"personas/*.md\"], schema: schemas/persona.schema.json }\n");
        ws.Write("schemas/persona.schema.json", """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "type": "object",
              "required": ["id", "name"],
              "properties": { "id": { "type": "string" }, "name": { "type": "string" } }
            }
            """);
        ws.Write("personas/P-1.md", "---\nid: P-1\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.StartsWith("personas/P-1.md:1:1: error AL1001: 'name' is required for a persona", run.Out);
    }
}
