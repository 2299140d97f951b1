using ArtifactLint.Tests.Support;
using static ArtifactLint.Tests.Schemas.YamlNumberShapes;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// The keywords whose NJsonSchema 11.6.2 verdict is wrong and that ArtifactLint checks again: uniqueItems and
/// enum by JSON equality, type integer for 1.0, minLength/maxLength in characters, required only on mappings.
/// </summary>
public sealed class KeywordCorrectionsTests
{
    [Theory]
    [InlineData("""{"type":"integer"}""", "1.0", "")]
    [InlineData("""{"type":"integer"}""", "3.00", "")]
    [InlineData("""{"type":"integer"}""", "1e3", "")]
    [InlineData("""{"type":"integer"}""", "1.5", "AL1001 'v' must be a whole number; found the number 1.5")]
    [InlineData("""{"type":["integer","null"]}""", "2.0", "")]
    [InlineData("""{"type":["integer","string"],"maximum":1}""", "2.0", "AL1001 'v' must be at most 1; found 2.0")]
    [InlineData("""{"type":"array","uniqueItems":true}""", """[{}, "{}"]""", "")]
    [InlineData("""{"type":"array","uniqueItems":true}""", "[1, \"1\", true, \"true\"]", "")]
    [InlineData("""{"type":"array","uniqueItems":true}""", """[{"a": 1, "b": 2}, {"b": 2, "a": 1}]""", "AL1001 'v' lists a set of 'key: value' lines more than once: remove the repeat")]
    [InlineData("""{"type":"array","uniqueItems":true}""", "[1, 1.0]", "AL1001 'v' lists the number 1 more than once: remove the repeat")]
    [InlineData("""{"type":"array","uniqueItems":true}""", "[[1], [1.0]]", "AL1001 'v' lists a list more than once: remove the repeat")]
    [InlineData("""{"enum":[[0]]}""", "[0.0]", "")]
    [InlineData("""{"enum":[1]}""", "\"1\"", "AL1001 'v' must be 1; found the text '1'")]
    [InlineData("""{"enum":["1"]}""", "1", "AL1001 'v' must be '1'; found the number 1")]
    [InlineData("""{"enum":[true, {"a": 1}, [1, 2]]}""", "{b: 1}", """AL1001 'v' must be one of: true, {"a":1}, [1,2]; found a set of 'key: value' lines""")]
    [InlineData("""{"enum":[{"a": 1, "b": 2}]}""", "{b: 2, a: 1}", "")]
    [InlineData("""{"type":"string","maxLength":2}""", "💩💩", "")]
    [InlineData("""{"type":"string","maxLength":1}""", "💩💩", "AL1001 'v' must be at most 1 character long; found 2 characters")]
    [InlineData("""{"type":"string","minLength":2}""", "💩", "AL1001 'v' must be at least 2 characters long; found '💩'")]
    [InlineData("""{"required":["a"]}""", "[1]", "")]
    [InlineData("""{"required":["a"]}""", "text", "")]
    [InlineData("""{"required":["a"]}""", "~", "")]
    [InlineData("""{"required":["a"]}""", "{b: 1}", "AL1001 'v' is missing 'a': add 'a: ...' to it")]
    public void Validate_KeywordNJsonSchemaGetsWrong_GivesJsonSchemasVerdict(string schema, string value, string expected)
    {
        Assert.Equal(expected, Check(schema, value));
    }

    [Fact]
    public void Lint_BuiltInKinds_WholeFloatIsARankAndRepeatedObjectsAreRepeats()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: Ship 💩\ntype: story\nstatus: new\nrank: 3.0\nlabels: [a, b, a]\n---\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: active\nkey_results:\n  - {metric: m, baseline: 1, target: 2}\n  - {target: 2, metric: m, baseline: 1.0}\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            """
            backlog/PB-1.md:7:16: error AL1001: 'labels' lists 'a' more than once: remove the repeat [schema-violation]

            """,
            run.Out);
    }
}
