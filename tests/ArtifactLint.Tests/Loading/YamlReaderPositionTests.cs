using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Loading;

public sealed class YamlReaderPositionTests
{
    [Fact]
    public void Read_ScalarValue_SpansItsTextInFileLines()
    {
        var result = YamlReader.Read("a.md", "id: PB-1\nstatus: activ\n", firstLine: 5);

        var status = Root(result)["status"]!;
        Assert.Equal(new SourceSpan(6, 9, 6, 14), SpanOf(status));
    }

    [Fact]
    public void Read_Property_SpansItsKey()
    {
        var result = YamlReader.Read("a.md", "id: PB-1\n  \nestimate: 5\n", firstLine: 2);

        var property = Root(result).Property("estimate")!;
        Assert.Equal(new SourceSpan(4, 1, 4, 9), SpanOf(property));
    }

    [Fact]
    public void Read_BlockListItems_SpanEachElement()
    {
        var result = YamlReader.Read("a.md", "dependencies:\n  - PB-1\n  - PB-2\n  - \"PB-3\"\n", firstLine: 2);

        var list = (JArray)Root(result)["dependencies"]!;
        Assert.Equal((3, 3), Start(result, list));
        Assert.Equal((5, 5), Start(result, list[2]));
        Assert.Equal(new SourceSpan(5, 5, 5, 11), SpanOf(list[2]));
    }

    [Fact]
    public void Read_FlowListItems_SpanEachElement()
    {
        var result = YamlReader.Read("a.md", "goals: [G-1, G-9]\n", firstLine: 1);

        var list = (JArray)Root(result)["goals"]!;
        Assert.Equal((1, 8), Start(result, list));
        Assert.Equal((1, 14), Start(result, list[1]));
    }

    [Fact]
    public void Read_NestedKeys_HaveTheirOwnSpans()
    {
        var result = YamlReader.Read("a.md", "key_results:\n  - metric: nps\n    target: 40\n", firstLine: 2);

        var item = (JObject)Root(result)["key_results"]![0]!;
        Assert.Equal((3, 5), Start(result, item));
        Assert.Equal((4, 5), Start(result, item.Property("target")!));
        Assert.Equal((4, 13), Start(result, item["target"]!));
    }

    [Fact]
    public void Read_CrLfLines_GivesTheSamePositionsAsLf()
    {
        var result = YamlReader.Read("a.md", "id: PB-1\r\ngoals:\r\n  - G-1\r\n  - G-2\r\n", firstLine: 2);

        var goals = (JArray)Root(result)["goals"]!;
        Assert.Equal(new SourceSpan(5, 5, 5, 8), SpanOf(goals[1]));
        Assert.Equal("G-2", goals[1].Value<string>());
    }

    [Fact]
    public void Read_ColumnsCountUtf16CodeUnits()
    {
        var result = YamlReader.Read("a.md", "title: \U0001F680 launch\nstatus: ready\nowner: \U0001F600x\n", firstLine: 1);

        var owner = Root(result)["owner"]!;
        Assert.Equal(new SourceSpan(3, 8, 3, 11), SpanOf(owner));
    }

    [Fact]
    public void Read_AliasCopy_PointsAtTheAliasAndItsInnerValuesAtTheAnchor()
    {
        var result = YamlReader.Read("a.md", "base: &b [x, y]\ncopy: *b\n", firstLine: 1);

        var copy = (JArray)Root(result)["copy"]!;
        Assert.Equal((2, 7), Start(result, copy));
        Assert.Equal((1, 14), Start(result, copy[1]));
    }

    [Fact]
    public void Read_Comments_KnowWhetherTheyTrailAValue()
    {
        var yaml = "# owned by the PO\nid: PB-1 # expect: AL1001\ngoals: [G-1] # note\ntitle: \"a # b\"\nnotes: |\n  # not a comment\nurl: x#y\n  # indented\n";

        var result = YamlReader.Read("a.md", yaml, firstLine: 2);

        Assert.Equal(
            [
                new YamlComment("owned by the PO", Location.At("a.md", 2, 1), false),
                new YamlComment("expect: AL1001", Location.At("a.md", 3, 10), true),
                new YamlComment("note", Location.At("a.md", 4, 14), true),
                new YamlComment("indented", Location.At("a.md", 9, 3), false),
            ],
            result.Comments);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_CommentWithCrLf_ExcludesTheCarriageReturn()
    {
        var result = YamlReader.Read("a.md", "capacity: 30   # expect: AL4001\r\n", firstLine: 2);

        Assert.Equal(new YamlComment("expect: AL4001", Location.At("a.md", 2, 16), true), Assert.Single(result.Comments));
    }

    [Fact]
    public void Read_EqualValues_KeepTheirOwnSpans()
    {
        var result = YamlReader.Read("a.md", "a: 1\nb: 1\n", firstLine: 1);

        var root = Root(result);
        Assert.Equal(1, SpanOf(root["a"]!).Line);
        Assert.Equal(2, SpanOf(root["b"]!).Line);
    }

    private static JObject Root(YamlReadResult result)
    {
        Assert.Empty(result.Diagnostics);
        return Assert.IsAssignableFrom<JObject>(result.Root);
    }

    private static SourceSpan SpanOf(JToken token) =>
        ISpannedToken.TryGet(token, out var span) ? span : throw new Xunit.Sdk.XunitException($"no span on {token.Path}");

    private static (int Line, int Column) Start(YamlReadResult result, JToken token)
    {
        var span = SpanOf(token);
        return (span.Line, span.Column);
    }
}
