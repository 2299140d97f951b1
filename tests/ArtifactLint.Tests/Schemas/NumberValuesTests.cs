using static ArtifactLint.Tests.Schemas.YamlNumberShapes;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// No value the YAML reader makes can throw inside the validator, whatever keyword checks it: NJsonSchema
/// converts numbers to decimal, which threw on integers beyond long and ended the whole run.
/// </summary>
public sealed class NumberValuesTests
{
    private static readonly string[] Keywords =
    [
        """{"type":"integer"}""", """{"type":"number"}""", """{"type":"string"}""", """{"type":["integer","string"]}""",
        """{"minimum":0}""", """{"maximum":10}""", """{"exclusiveMinimum":0}""", """{"exclusiveMaximum":10}""",
        """{"minimum":0,"exclusiveMinimum":true}""", """{"multipleOf":3}""", """{"multipleOf":0.5}""",
        """{"enum":[99999999999999999999999,5,"5"]}""", """{"const":5}""", """{"anyOf":[{"minimum":100},{"type":"string"}]}""",
        """{"oneOf":[{"type":"integer"},{"maximum":0}]}""", """{"allOf":[{"type":"number"},{"maximum":1e28}]}""",
        """{"not":{"type":"integer"}}""", """{"type":"array","uniqueItems":true}""", """{"type":"string","minLength":2,"format":"date"}""",
        """{"required":["a"],"maxProperties":1}""",
    ];

    public static TheoryData<string, string> Everything()
    {
        var data = new TheoryData<string, string>();
        foreach (var keyword in Keywords)
        {
            foreach (var value in Values)
            {
                data.Add(keyword, value);
                data.Add(keyword, $"[{value}, {value}]");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Validate_AnyValueAgainstAnyKeyword_GivesAVerdictWithoutThrowing(string schema, string value)
    {
        var findings = Check(schema, value);

        Assert.All(findings.Split('\n', StringSplitOptions.RemoveEmptyEntries), f => Assert.StartsWith("AL1001 '", f));
    }

    [Theory]
    [InlineData("""{"type":"integer"}""", "99999999999999999999999", "")]
    [InlineData("""{"type":"integer"}""", "-99999999999999999999999", "")]
    [InlineData("""{"type":"integer"}""", "0x7FFFFFFFFFFFFFFFFF", "")]
    [InlineData("""{"type":"number"}""", "9223372036854775808", "")]
    [InlineData("""{"type":"number","minimum":0}""", "1e300", "")]
    [InlineData("""{"type":"number","exclusiveMinimum":0}""", "1e-50", "")]
    [InlineData("""{"type":"number","maximum":0}""", "1e-50", "AL1001 'v' must be at most 0; found 1e-50")]
    [InlineData("""{"type":"integer","maximum":1000}""", "99999999999999999999999", "AL1001 'v' must be at most 1000; found 99999999999999999999999")]
    [InlineData("""{"type":"integer","minimum":0}""", "-99999999999999999999999", "AL1001 'v' must be at least 0; found -99999999999999999999999")]
    [InlineData("""{"type":"integer","exclusiveMaximum":1000}""", "0x7FFFFFFFFFFFFFFFFF", "AL1001 'v' must be less than 1000; found 0x7FFFFFFFFFFFFFFFFF")]
    [InlineData("""{"type":"integer","maximum":99999999999999999999999}""", "99999999999999999999999", "")]
    [InlineData("""{"type":"integer","maximum":99999999999999999999998}""", "99999999999999999999999", "AL1001 'v' must be at most 99999999999999999999998; found 99999999999999999999999")]
    [InlineData("""{"multipleOf":3}""", "99999999999999999999999", "")]
    [InlineData("""{"multipleOf":2}""", "99999999999999999999999", "AL1001 'v' must be a multiple of 2; found 99999999999999999999999")]
    [InlineData("""{"multipleOf":0.5}""", "1e300", "")]
    [InlineData("""{"multipleOf":0.5}""", "1e-50", "AL1001 'v' must be a multiple of 0.5; found 1e-50")]
    [InlineData("""{"enum":[99999999999999999999999]}""", "99999999999999999999999", "")]
    [InlineData("""{"enum":[99999999999999999999999]}""", "99999999999999999999998", "AL1001 'v' must be 99999999999999999999999; found the number 99999999999999999999998")]
    [InlineData("""{"type":["integer","string"],"minimum":0}""", "99999999999999999999999", "")]
    [InlineData("""{"type":["integer","string"],"minimum":0}""", "-99999999999999999999999", "AL1001 'v' must be at least 0; found -99999999999999999999999")]
    [InlineData("""{"anyOf":[{"minimum":100},{"type":"string"}]}""", "99999999999999999999999", "")]
    [InlineData("""{"not":{"type":"integer"}}""", "99999999999999999999999", "AL1001 'v' cannot be the number 99999999999999999999999 here")]
    public void Validate_NumberBeyondDecimalOrDouble_IsCheckedExactly(string schema, string value, string expected)
    {
        Assert.Equal(expected, Check(schema, value));
    }

    [Theory]
    [InlineData(".inf", "'v' must be a number; found .inf, which YAML reads as infinity — write a number")]
    [InlineData("-.inf", "'v' must be a number; found -.inf, which YAML reads as minus infinity — write a number")]
    [InlineData(".nan", "'v' must be a number; found .nan, which YAML reads as 'not a number' — write a number")]
    [InlineData(".NaN", "'v' must be a number; found .NaN, which YAML reads as 'not a number' — write a number")]
    [InlineData("1e400", "'v' must be a number; found 1e400, which YAML reads as infinity — write a number")]
    public void Validate_InfinityOrNotANumber_IsNotANumber(string value, string expected)
    {
        Assert.Equal("AL1001 " + expected, Check("""{"type":"number","minimum":0}""", value));
    }

    [Fact]
    public void Validate_NumberWrittenDifferentlyFromItsValue_IsQuotedAsWritten()
    {
        Assert.Equal("AL1001 'v' must be at least 1; found 1e-400", Check("""{"type":"number","minimum":1}""", "1e-400"));
        Assert.Equal("AL1001 'v' must be a whole number; found the number 1e-400", Check("""{"type":"integer","minimum":1}""", "1e-400"));
        Assert.Equal("AL1001 'v' must be a whole number; found the number 1e-400", Check("""{"type":"integer"}""", "1e-400"));
        Assert.Equal("AL1001 'v' must be a whole number; found the number 1.5e0", Check("""{"type":"integer"}""", "1.5e0"));
    }
}
