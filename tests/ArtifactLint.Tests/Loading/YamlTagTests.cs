using System.Numerics;
using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Loading;

/// <summary>The YAML 1.2 core-schema tags decide a value's type whatever its quoting; any other tag is AL0001.</summary>
public sealed class YamlTagTests
{
    [Theory]
    [InlineData("!!int \"5\"", JTokenType.Integer, "5")]
    [InlineData("!!int 0x1F", JTokenType.Integer, "31")]
    [InlineData("!!int '-7'", JTokenType.Integer, "-7")]
    [InlineData("!!str 5", JTokenType.String, "5")]
    [InlineData("!!str true", JTokenType.String, "true")]
    [InlineData("! 1.10", JTokenType.String, "1.10")]
    [InlineData("!!float 5", JTokenType.Float, "5")]
    [InlineData("!!float \"2.50\"", JTokenType.Float, "2.5")]
    [InlineData("!!bool \"true\"", JTokenType.Boolean, "True")]
    [InlineData("!!null \"\"", JTokenType.Null, "")]
    [InlineData("!!null ~", JTokenType.Null, "")]
    [InlineData("!<tag:yaml.org,2002:int> 3", JTokenType.Integer, "3")]
    public void Read_CoreSchemaTag_DecidesTheType(string scalar, JTokenType type, string text)
    {
        var result = YamlReader.Read("doc.md", $"value: {scalar}\n", 2);

        Assert.Empty(result.Diagnostics);
        var value = Assert.IsAssignableFrom<JValue>(((JObject)result.Root!)["value"]);
        Assert.Equal(type, value.Type);
        Assert.Equal(text, value.Value is bool b ? b.ToString() : Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
    }

    [Fact]
    public void Read_IntTagOnAHugeNumber_IsABigInteger()
    {
        var result = YamlReader.Read("doc.md", "value: !!int \"99999999999999999999999\"\n", 2);

        Assert.Equal(BigInteger.Parse("99999999999999999999999", System.Globalization.CultureInfo.InvariantCulture), ((JValue)((JObject)result.Root!)["value"]!).Value);
    }

    [Theory]
    [InlineData("title: !!int abc", 2, 8, "'abc' is tagged !!int but is not a whole number: remove the tag, or write a number such as 5")]
    [InlineData("title: !!float abc", 2, 8, "'abc' is tagged !!float but is not a number: remove the tag, or write a number such as 2.5")]
    [InlineData("done: !!bool yes", 2, 7, "'yes' is tagged !!bool but is not true or false: remove the tag, or write true or false")]
    [InlineData("owner: !!null dana", 2, 8, "'dana' is tagged !!null but is not null: remove the tag, or leave the value empty")]
    [InlineData("title: !!map x", 2, 8, "'x' is tagged !!map but is a single value, not a mapping: remove the tag")]
    [InlineData("labels: !!map [a]", 2, 9, "this list is tagged !!map, but it is not a mapping: remove the tag")]
    [InlineData("labels: !!str [a]", 2, 9, "this list is tagged !!str, but it is not text: remove the tag")]
    [InlineData("owner: !!seq { name: dana }", 2, 8, "this mapping is tagged !!seq, but it is not a list: remove the tag")]
    [InlineData("estimate: !custom 5", 2, 11, "tags are not supported in front matter: remove '!custom' (only the YAML core-schema tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read)")]
    [InlineData("date: !!timestamp 2026-11-27", 2, 7, "tags are not supported in front matter: remove '!!timestamp' (only the YAML core-schema tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read)")]
    [InlineData("labels: !set [a]", 2, 9, "tags are not supported in front matter: remove '!set' (only the YAML core-schema tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read)")]
    public void Read_TagThatDoesNotFit_IsAnErrorAtTheValue(string yaml, int line, int column, string message)
    {
        var result = YamlReader.Read("doc.md", yaml + "\n", 2);

        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("AL0001", diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(message, diagnostic.Message);
    }
}
