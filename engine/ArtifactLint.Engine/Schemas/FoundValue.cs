using System.Globalization;
using ArtifactLint.Api;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>How YAML read a value, in words: "the text 'five'", "the number 1.1", "a list".</summary>
internal static class FoundValue
{
    public static string Describe(JToken? token) => token?.Type switch
    {
        JTokenType.String => $"the text '{Excerpt.Of((string?)token)}'",
        JTokenType.Integer or JTokenType.Float => $"the number {Scalar(token)}",
        JTokenType.Boolean => $"the yes/no value {Scalar(token)}",
        JTokenType.Null or null => "an empty value",
        JTokenType.Array => "a list",
        JTokenType.Object => "a set of 'key: value' lines",
        _ => $"'{Excerpt.Of(token.ToString())}'",
    };

    /// <summary>
    /// How YAML read a value, quoting a number as written (<paramref name="raw"/>): "found the number 1e-400",
    /// not the 0 that it became, and infinity and not-a-number by name.
    /// </summary>
    public static string Describe(JToken? token, string? raw) => token switch
    {
        JValue { Value: double d } when !double.IsFinite(d) => $"{raw ?? YamlSpelling(d)}, which YAML reads as {(double.IsNaN(d) ? "'not a number'" : d > 0 ? "infinity" : "minus infinity")}",
        JValue { Type: JTokenType.Integer or JTokenType.Float } when raw is not null => $"the number {raw}",
        _ => Describe(token),
    };

    /// <summary>A number as written (<paramref name="raw"/>) when it is known, else as <see cref="Scalar"/> writes it.</summary>
    public static string? Number(JToken? token, string? raw) => token switch
    {
        JValue { Type: JTokenType.Integer or JTokenType.Float } when raw is not null => raw,
        JValue { Value: double d } when !double.IsFinite(d) => YamlSpelling(d),
        _ => Scalar(token),
    };

    /// <summary>An enum or pattern mismatch: strings are quoted, other values say what they are.</summary>
    public static string Quoted(JToken? token) => token?.Type == JTokenType.String ? $"'{Excerpt.Of((string?)token)}'" : Describe(token);

    /// <summary>A scalar as text (the diagnostic's Value), or null for lists, mappings and null.</summary>
    public static string? Scalar(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } v => (string?)v,
        JValue { Type: JTokenType.Float } v => ((double)v).ToString("R", CultureInfo.InvariantCulture),
        JValue { Type: JTokenType.Integer or JTokenType.Boolean } v => v.ToString(Formatting.None),
        _ => null,
    };

    private static string YamlSpelling(double value) => double.IsNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
}
