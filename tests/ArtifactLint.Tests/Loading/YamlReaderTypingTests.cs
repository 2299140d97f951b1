using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Loading;

public sealed class YamlReaderTypingTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Read_BooleanForms_AreBooleans(string text, bool expected)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.Boolean, value.Type);
        Assert.Equal(expected, value.Value<bool>());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("Yes")]
    [InlineData("y")]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-27 10:30")]
    [InlineData("12:30")]
    [InlineData("1_000")]
    [InlineData("0b101")]
    [InlineData("1.2.3")]
    [InlineData("-0x1F")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("nan")]
    [InlineData("inf")]
    [InlineData("PB-142")]
    public void Read_OtherPlainScalars_StayStrings(string text)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal(text, value.Value<string>());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    [InlineData("~")]
    [InlineData("")]
    public void Read_NullForms_AreNull(string text)
    {
        Assert.Equal(JTokenType.Null, ValueOf(text).Type);
    }

    [Theory]
    [InlineData("2027", 2027L)]
    [InlineData("-12", -12L)]
    [InlineData("+12", 12L)]
    [InlineData("007", 7L)]
    [InlineData("0o17", 15L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0", 0L)]
    public void Read_IntegerForms_AreLongs(string text, long expected)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.Integer, value.Type);
        Assert.Equal(expected, value.Value<long>());
    }

    [Fact]
    public void Read_IntegerBeyondLong_IsStillAnInteger()
    {
        var value = ValueOf("123456789012345678901234567890");

        Assert.Equal(JTokenType.Integer, value.Type);
        Assert.Equal("123456789012345678901234567890", value.ToString());
    }

    [Theory]
    [InlineData("1.10", "1.1")]
    [InlineData("1.0", "1")]
    [InlineData("0.5", "0.5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("1e3", "1000")]
    [InlineData("2.5E-1", "0.25")]
    public void Read_FloatForms_AreDecimalNumbersWithoutTrailingZeros(string text, string expected)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.Float, value.Type);
        Assert.IsType<decimal>(value.Value);
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("-.Inf", double.NegativeInfinity)]
    [InlineData(".NaN", double.NaN)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("1e-50", 1e-50)]
    [InlineData("1e-400", double.Epsilon)]
    [InlineData("-2.5e-999", -double.Epsilon)]
    public void Read_FloatsDecimalCannotHold_AreDoubles(string text, double expected)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.Float, value.Type);
        Assert.Equal(expected, Assert.IsType<double>(value.Value));
    }

    [Theory]
    [InlineData("0e-400")]
    [InlineData("-0.0e-999")]
    public void Read_ZeroWithAnyExponent_IsZero(string text)
    {
        var value = ValueOf(text);

        Assert.Equal(0m, Assert.IsType<decimal>(value.Value));
    }

    [Theory]
    [InlineData("\"1.10\"", "1.10")]
    [InlineData("'true'", "true")]
    [InlineData("\"~\"", "~")]
    [InlineData("''", "")]
    [InlineData("!!str 2027", "2027")]
    [InlineData("! 12", "12")]
    public void Read_QuotedOrStringTaggedScalars_AreStrings(string text, string expected)
    {
        var value = ValueOf(text);

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal(expected, value.Value<string>());
    }

    [Fact]
    public void Read_BlockScalars_AreStrings()
    {
        var root = Read("literal: |\n  12\nfolded: >\n  true\n  2027\n");

        Assert.Equal("12\n", root["literal"]!.Value<string>());
        Assert.Equal("true 2027\n", root["folded"]!.Value<string>());
    }

    [Fact]
    public void Read_NonStringKeys_BecomeTheirText()
    {
        var root = Read("1: one\ntrue: yes\n~: nothing\n1.10: version\n");

        Assert.Equal(["1", "true", "~", "1.10"], root.Properties().Select(p => p.Name));
    }

    [Fact]
    public void Read_NestedStructures_KeepTheirShape()
    {
        var root = Read("key_results:\n  - metric: nps\n    target: 40\n  - {metric: churn, target: 2.5}\ntags: [a, 1, true]\n");

        Assert.Equal(40L, root.SelectToken("key_results[0].target")!.Value<long>());
        Assert.Equal(2.5m, root.SelectToken("key_results[1].target")!.Value<decimal>());
        Assert.Equal([JTokenType.String, JTokenType.Integer, JTokenType.Boolean], ((JArray)root["tags"]!).Select(t => t.Type));
    }

    [Fact]
    public void Read_Aliases_AreExpanded()
    {
        var root = Read("base: &b [x, y]\ncopy: *b\n");

        Assert.Equal(["x", "y"], root["copy"]!.Values<string>());
    }

    [Fact]
    public void Read_EmptyText_HasNullRoot()
    {
        var result = YamlReader.Read("a.md", "", 1);

        Assert.Null(result.Root);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_ListRoot_IsReturnedAsIs()
    {
        var result = YamlReader.Read(".artifactlint.yml", "- a\n- b\n", 1);

        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<JArray>(result.Root).Values<string>());
    }

    private static JValue ValueOf(string scalar) => Assert.IsAssignableFrom<JValue>(Read($"value: {scalar}\n")["value"]);

    private static JObject Read(string yaml)
    {
        var result = YamlReader.Read("doc.md", yaml, 2);
        Assert.Empty(result.Diagnostics);
        return Assert.IsAssignableFrom<JObject>(result.Root);
    }
}
