using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// Team schemas in draft-07 forms that NJsonSchema 11.6.2 cannot load or misreads: boolean schemas, integers
/// written as floats, limits of 0, and several patternProperties matching one name.
/// </summary>
public sealed class TeamSchemaFormsTests
{
    [Fact]
    public void Lint_SchemaFormsNJsonSchemaMisreads_AreCheckedAsDraft07Says()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nkinds:\n  note: { paths: [\"notes/*.md\"], schema: schemas/note.json }\n");
        ws.Write("schemas/note.json", """
            {
              "type": "object",
              "properties": {
                "legacy": false,
                "any": true,
                "tags": { "type": "array", "items": true, "maxItems": 2.0 },
                "none": { "type": "object", "maxProperties": 0 },
                "empty": { "type": "array", "maxItems": 0 },
                "scores": { "patternProperties": { "^s": { "type": "integer" }, "_max$": { "maximum": 10 } } },
                "either": { "anyOf": [false, { "type": "string" }] }
              }
            }
            """);
        ws.Write("notes/ok.md", "---\nany: [1, {a: b}]\ntags: [x, 2]\nnone: {}\nempty: []\nscores: {s_max: 9, s1: 3}\neither: text\n---\n");
        ws.Write("notes/bad.md", "---\nlegacy: 1\ntags: [x, y, z]\nnone: {a: 1}\nempty: [1]\nscores: {s_max: 11}\neither: 5\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            """
            notes/bad.md:2:9: error AL1001: 'legacy' is not allowed here (its schema is 'false'): remove it [schema-violation]
            notes/bad.md:3:7: error AL1001: 'tags' must have at most 2 items; found 3 [schema-violation]
            notes/bad.md:4:7: error AL1001: 'none' must have at most 0 properties; found 1 [schema-violation]
            notes/bad.md:5:8: error AL1001: 'empty' must have at most 0 items; found 1 [schema-violation]
            notes/bad.md:6:17: error AL1001: 'scores.s_max' must be at most 10; found 11 [schema-violation]
            notes/bad.md:7:9: error AL1001: 'either' must be text; 5 is read as the number 5 — write "5" [schema-violation]

            """,
            run.Out);
        Assert.Equal("6 errors, 0 warnings, 0 infos in 2 documents (0 rules); 1 fixable\n", run.Error);
    }

    [Fact]
    public void Lint_BooleanSchemaAsTheWholeSchema_AcceptsOrRejectsEveryDocument()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nkinds:\n  open: { paths: [\"open/*.md\"], schema: schemas/open.json }\n"
            + "  closed: { paths: [\"closed/*.md\"], schema: schemas/closed.json }\n");
        ws.Write("schemas/open.json", "true\n");
        ws.Write("schemas/closed.json", "false\n");
        ws.Write("open/a.md", "---\nanything: 1\n---\n");
        ws.Write("closed/a.md", "---\nanything: 1\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal("closed/a.md:2:1: error AL1001: The front matter is not allowed here (its schema is 'false'): remove it [schema-violation]\n", run.Out);
    }
}
