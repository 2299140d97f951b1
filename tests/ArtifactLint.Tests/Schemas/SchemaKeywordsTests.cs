using ArtifactLint.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// The experiment behind <see cref="SchemaKeywords"/>: for each keyword, a schema and an instance that violates
/// it. When an NJsonSchema upgrade starts (or stops) enforcing a keyword, this fails and the list must change.
/// </summary>
public sealed class SchemaKeywordsTests
{
    private static readonly Dictionary<string, (string Schema, string Violation)> Cases = new()
    {
        ["type"] = ("""{"type":"string"}""", "1"),
        ["enum"] = ("""{"enum":["a"]}""", "\"b\""),
        ["const"] = ("""{"const":"a"}""", "\"b\""),
        ["multipleOf"] = ("""{"type":"number","multipleOf":2}""", "3"),
        ["maximum"] = ("""{"type":"number","maximum":2}""", "3"),
        ["exclusiveMaximum"] = ("""{"type":"number","exclusiveMaximum":2}""", "2"),
        ["minimum"] = ("""{"type":"number","minimum":2}""", "1"),
        ["exclusiveMinimum"] = ("""{"type":"number","exclusiveMinimum":2}""", "2"),
        ["maxLength"] = ("""{"type":"string","maxLength":2}""", "\"abc\""),
        ["minLength"] = ("""{"type":"string","minLength":2}""", "\"a\""),
        ["pattern"] = ("""{"type":"string","pattern":"^a$"}""", "\"b\""),
        ["format"] = ("""{"type":"string","format":"date"}""", "\"x\""),
        ["items"] = ("""{"type":"array","items":{"type":"string"}}""", "[1]"),
        ["additionalItems"] = ("""{"type":"array","items":[{"type":"string"}],"additionalItems":false}""", "[\"a\",1]"),
        ["maxItems"] = ("""{"type":"array","maxItems":1}""", "[1,2]"),
        ["minItems"] = ("""{"type":"array","minItems":1}""", "[]"),
        ["uniqueItems"] = ("""{"type":"array","uniqueItems":true}""", "[1,1]"),
        ["contains"] = ("""{"type":"array","contains":{"type":"string"}}""", "[1]"),
        ["minContains"] = ("""{"type":"array","contains":{"type":"string"},"minContains":2}""", "[\"a\",1]"),
        ["maxContains"] = ("""{"type":"array","contains":{"type":"string"},"maxContains":1}""", "[\"a\",\"b\"]"),
        ["maxProperties"] = ("""{"type":"object","maxProperties":1}""", "{\"a\":1,\"b\":2}"),
        ["minProperties"] = ("""{"type":"object","minProperties":1}""", "{}"),
        ["required"] = ("""{"type":"object","required":["a"]}""", "{}"),
        ["properties"] = ("""{"type":"object","properties":{"a":{"type":"string"}}}""", "{\"a\":1}"),
        ["patternProperties"] = ("""{"type":"object","patternProperties":{"^x":{"type":"string"}}}""", "{\"xa\":1}"),
        ["additionalProperties"] = ("""{"type":"object","properties":{"a":{}},"additionalProperties":false}""", "{\"b\":1}"),
        ["dependencies"] = ("""{"type":"object","dependencies":{"a":["b"]}}""", "{\"a\":1}"),
        ["dependentRequired"] = ("""{"type":"object","dependentRequired":{"a":["b"]}}""", "{\"a\":1}"),
        ["dependentSchemas"] = ("""{"type":"object","dependentSchemas":{"a":{"required":["b"]}}}""", "{\"a\":1}"),
        ["propertyNames"] = ("""{"type":"object","propertyNames":{"pattern":"^a"}}""", "{\"b\":1}"),
        ["if"] = ("""{"if":{"properties":{"a":{"enum":[1]}},"required":["a"]},"then":{"required":["b"]}}""", "{\"a\":1}"),
        ["then"] = ("""{"if":{"properties":{"a":{"enum":[1]}},"required":["a"]},"then":{"required":["b"]}}""", "{\"a\":1}"),
        ["else"] = ("""{"if":{"properties":{"a":{"enum":[1]}},"required":["a"]},"else":{"required":["b"]}}""", "{\"a\":2}"),
        ["allOf"] = ("""{"allOf":[{"type":"string"}]}""", "1"),
        ["anyOf"] = ("""{"anyOf":[{"type":"string"},{"type":"boolean"}]}""", "1"),
        ["oneOf"] = ("""{"oneOf":[{"type":"string"},{"type":"string"}]}""", "\"a\""),
        ["not"] = ("""{"not":{"type":"string"}}""", "\"a\""),
        ["$ref"] = ("""{"definitions":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/definitions/s"}}}""", "{\"a\":1}"),
        ["definitions"] = ("""{"definitions":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/definitions/s"}}}""", "{\"a\":1}"),
        ["$defs"] = ("""{"$defs":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/$defs/s"}}}""", "{\"a\":1}"),
        ["unevaluatedProperties"] = ("""{"type":"object","properties":{"a":{}},"unevaluatedProperties":false}""", "{\"b\":1}"),
        ["unevaluatedItems"] = ("""{"type":"array","prefixItems":[{}],"unevaluatedItems":false}""", "[1,2]"),
        ["prefixItems"] = ("""{"type":"array","prefixItems":[{"type":"string"}]}""", "[1]"),
    };

    public static TheoryData<string> Unenforced() => [.. SchemaKeywords.Unenforced.Keys];

    public static TheoryData<string> Enforced() => [.. SchemaKeywords.Enforced];

    public static TheoryData<string> Formats() => [.. SchemaKeywords.EnforcedFormats];

    [Theory]
    [MemberData(nameof(Unenforced))]
    public async Task UnenforcedKeyword_IsIgnoredByTheValidator(string keyword)
    {
        Assert.Empty(await ValidateCase(keyword));
    }

    [Theory]
    [MemberData(nameof(Enforced))]
    public async Task EnforcedKeyword_IsCheckedByTheValidator(string keyword)
    {
        Assert.NotEmpty(await ValidateCase(keyword));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EnforcedFormat_RejectsText(string format)
    {
        var schema = await JsonSchema.FromJsonAsync($$"""{"type":"string","format":"{{format}}"}""");

        Assert.NotEmpty(schema.Validate(JToken.Parse("\"not valid ~~ at all\"")));
    }

    [Fact]
    public async Task UnknownFormat_IsIgnoredByTheValidator()
    {
        var schema = await JsonSchema.FromJsonAsync("""{"type":"string","format":"uri-reference"}""");

        Assert.Empty(schema.Validate(JToken.Parse("\"\\\\ not a reference\"")));
    }

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> ValidateCase(string keyword)
    {
        var (schemaJson, violation) = Cases[keyword];
        var schema = await JsonSchema.FromJsonAsync(schemaJson);
        return schema.Validate(JToken.Parse(violation));
    }
}
