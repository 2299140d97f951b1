using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Schemas;

/// <summary>Reproducer 10 of issue 9: an empty document of a kind gave one "required" finding per property.</summary>
public sealed class EmptyFileTests
{
    [Fact]
    public void Lint_EmptyOrBlankDocumentOfAKind_IsOneFindingListingWhatTheKindRequires()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nkinds:\n  note: { paths: [\"notes/*.md\"], schema: schemas/note.json }\n"
            + "  memo: { paths: [\"memos/*.md\"], schema: schemas/memo.json }\n");
        ws.Write("schemas/note.json", """{"type":"object","properties":{"id":{"type":"string"}}}""");
        ws.Write("schemas/memo.json", """{"type":"object","required":["author"]}""");
        ws.Write("backlog/PB-1.md", "");
        ws.Write("sprints/S-1.md", " \n\t\n\n");
        ws.Write("goals/G-1.md", "\uFEFF\n");
        ws.Write("notes/n.md", "");
        ws.Write("memos/m.md", "\n");
        ws.Write("ideas/I-1.md", "Just a body, no front matter.\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            """
            backlog/PB-1.md:1:1: error AL1001: The file is empty; a backlog item requires id, title, type and status: add them as front matter between '---' lines [schema-violation]
            goals/G-1.md:1:1: error AL1001: The file is empty; a goal requires id, title and status: add them as front matter between '---' lines [schema-violation]
            ideas/I-1.md:1:1: error AL1001: 'id' is required for an idea: add 'id: ...' to the front matter [schema-violation]
            ideas/I-1.md:1:1: error AL1001: 'status' is required for an idea: add 'status: ...' to the front matter [schema-violation]
            ideas/I-1.md:1:1: error AL1001: 'title' is required for an idea: add 'title: ...' to the front matter [schema-violation]
            memos/m.md:1:1: error AL1001: The file is empty; a memo requires author: add it as front matter between '---' lines [schema-violation]
            sprints/S-1.md:1:1: error AL1001: The file is empty; a sprint requires id, start_date, end_date, status and capacity: add them as front matter between '---' lines [schema-violation]

            """,
            run.Out);
    }
}
