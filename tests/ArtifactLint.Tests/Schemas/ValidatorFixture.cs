using ArtifactLint.Schemas;
using NJsonSchema;

namespace ArtifactLint.Tests.Schemas;

/// <summary>Validates JSON front matter against a built-in or an inline schema.</summary>
internal static class ValidatorFixture
{
    private static readonly SchemaRegistry BuiltIns = new(SchemaRegistry.BuiltInSources(SchemaPaths.Directory));

    public static ValidationResult Validate(string kind, string json)
    {
        var (frontMatter, lines) = JsonFrontMatter.Parse(json);
        return FrontMatterValidator.Validate(frontMatter, kind, BuiltIns.Get(kind)!, isBuiltIn: true, lines);
    }

    public static ValidationResult ValidateWith(string schemaJson, string kind, string json)
    {
        var (frontMatter, lines) = JsonFrontMatter.Parse(json);
        var schema = JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult();
        return FrontMatterValidator.Validate(frontMatter, kind, schema, isBuiltIn: false, lines);
    }

    /// <summary>"AL1001 3:13-3:20 message" for compact, exact assertions.</summary>
    public static string Show(ValidationResult result) => string.Join("\n", result.Diagnostics.Select(d =>
        $"{d.Id} {d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn} {d.Message}"));
}
