using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using NJsonSchema;

namespace ArtifactLint.Tests.Schemas;

/// <summary>Validates one YAML value, read by the real YAML reader, as property 'v' against an inline property schema.</summary>
internal static class YamlNumberShapes
{
    /// <summary>Every kind of number (and non-number) the YAML reader makes: long, BigInteger, decimal, double, and the rest.</summary>
    public static readonly string[] Values =
    [
        "5", "-5", "0", "2.5", "1.0", "1.10", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "99999999999999999999999", "-99999999999999999999999", "0x7FFFFFFFFFFFFFFFFF", "0o7777777777777777777777777",
        "1e300", "-1e300", "1e-50", "1e-400", "1e400", ".inf", "-.inf", ".nan", "true", "~", "text", "\"5\"",
    ];

    /// <summary>"AL1001 message" per finding, one a line; empty when the value passes.</summary>
    public static string Check(string propertySchema, string yamlValue)
    {
        var parsed = DocumentParser.Parse("notes/n.md", $"---\nv: {yamlValue}\n---\n");
        var schema = JsonSchema.FromJsonAsync("""{"type":"object","properties":{"v":""" + propertySchema + "}}").GetAwaiter().GetResult();
        var result = FrontMatterValidator.Validate(parsed.Document.FrontMatter!, "note", schema, isBuiltIn: false, parsed.Document.Lines);
        return string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} {d.Message}"));
    }
}
