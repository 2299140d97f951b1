using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>AL1005: a document with front matter that no kind applies to says so and names the closest kind location.</summary>
public sealed class NoKindTests
{
    private const string Item = "---\nid: PB-9\ntitle: Remind customers\ntype: story\nstatus: redy\n---\n";

    [Fact]
    public void Lint_MisspeltFolders_AreNamedAndNothingPassesSilently()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "kinds:\n  persona: { paths: [\"product/personas/*.md\"], schema: persona.schema.json }\n");
        ws.Write("persona.schema.json", "{ \"type\": \"object\" }");
        ws.Write("backlogs/PB-9.md", Item);
        ws.Write("Sprints/S-9.md", "---\nid: S-9\ncapacity: -5\n---\n");
        ws.Write("visoin.md", "---\nid: V-1\ntitle: Ledgerly\n---\n");
        ws.Write("product/persona/dana.md", "---\nid: dana\n---\n");
        ws.Write("notes/meeting.md", "---\ntitle: Planning notes\n---\n");
        ws.Write("README.md", "# Our product repository\n\nNo front matter: not an artifact, and silent.\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            string.Join('\n',
                "Sprints/S-9.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. Is 'Sprints/' meant to be 'sprints/', the folder of sprints? Move the file there, or add 'kind: sprint' to its front matter [no-kind]",
                "backlogs/PB-9.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. Is 'backlogs/' meant to be 'backlog/', the folder of backlog items? Move the file there, or add 'kind: backlog-item' to its front matter [no-kind]",
                "notes/meeting.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. Give it a kind: add 'kind: ...' to its front matter, move it into a kind's location (vision.md, goals/, roadmap/, backlog/, sprints/, releases/, ideas/, product/personas/), or add a path glob under 'kinds' in .artifactlint.yml; if it is not a product document, add it to 'exclude' [no-kind]",
                "product/persona/dana.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. Is 'product/persona/' meant to be 'product/personas/', the folder of personas? Move the file there, or add 'kind: persona' to its front matter [no-kind]",
                "visoin.md:1:1: warning AL1005: this document has front matter but no kind, so no schema checks it. Is 'visoin.md' meant to be 'vision.md', the vision? Rename it, or add 'kind: vision' to its front matter [no-kind]",
                string.Empty),
            run.Out);
        Assert.Equal("0 errors, 5 warnings, 0 infos in 6 documents (0 rules)\n", run.Error);
    }

    [Fact]
    public void Lint_DocumentInItsKindsFolder_HasNoNoKindFinding()
    {
        using var ws = new TempFolder();
        ws.Write("backlog/PB-9.md", Item);

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("AL1005", run.Out, StringComparison.Ordinal);
        Assert.Contains("backlog/PB-9.md:5:9: error AL1001", run.Out, StringComparison.Ordinal);
    }
}
