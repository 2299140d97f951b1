using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// Rewrites the few draft-07 forms NJsonSchema cannot load or misreads into forms it reads as meant, before
/// it compiles the schema: a boolean schema (<c>true</c>, <c>false</c>) where it expects an object,
/// <c>maxLength: 2.0</c> (an integer written as a float), and a limit of 0 on properties or items, which it
/// takes for "no limit" (the limit is marked for <see cref="ZeroLimitKeywords"/>). Positions in messages
/// come from the file as written; only the compiled schema sees the rewrite.
/// </summary>
internal static class SchemaNormalizer
{
    /// <summary>Marks a <c>false</c> schema, rewritten as <c>{"not": {}}</c>, for its message.</summary>
    public const string FalseMarker = "x-artifactlint-false";

    /// <summary>The prefix of the marks of a limit of 0 (<c>x-artifactlint-maxProperties</c>).</summary>
    public const string ZeroLimitMarker = "x-artifactlint-";

    private static readonly HashSet<string> IntegerKeywords = ["maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"];

    private static readonly HashSet<string> ZeroLimits = ["maxProperties", "maxItems"];

    // NJsonSchema reads a boolean here itself (additionalProperties: false).
    private static readonly HashSet<string> BooleansRead = ["additionalProperties", "additionalItems"];

    /// <summary>Whether the schema was <c>false</c>: it accepts no value.</summary>
    public static bool IsFalse(NJsonSchema.JsonSchema schema) => schema.ExtensionData?.ContainsKey(FalseMarker) == true;

    /// <summary>The schema text to compile: <paramref name="text"/> itself when nothing needs rewriting.</summary>
    public static string Normalize(string text, JToken json)
    {
        if (!Visit(json, rewrite: false))
        {
            return text;
        }

        JToken copy;
        try
        {
            // Read again with nothing lost: numbers as written (decimal, not double), dates as text.
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            copy = JToken.ReadFrom(reader, JsonLineInfo.LoadSettings);
        }
        catch (Exception e) when (e is JsonException or OverflowException)
        {
            return text; // a number beyond decimal: NJsonSchema reads the file as it is
        }

        if (copy is JValue { Type: JTokenType.Boolean } root)
        {
            return Replacement(root).ToString(Formatting.None);
        }

        Visit(copy, rewrite: true);
        return copy.ToString(Formatting.None);
    }

    // Whether the schema (at this position) has a form to rewrite; with rewrite, rewrites them.
    private static bool Visit(JToken schema, bool rewrite)
    {
        if (schema is JValue { Type: JTokenType.Boolean })
        {
            return true;
        }

        if (schema is not JObject obj)
        {
            return false;
        }

        var found = false;
        foreach (var property in obj.Properties().ToList())
        {
            var name = property.Name;
            if (IntegerKeywords.Contains(name) && property.Value is JValue { Type: JTokenType.Float } number && Rational.Of(number) is { IsInteger: true } whole)
            {
                found = true;
                if (rewrite)
                {
                    property.Value = new JValue(whole.Numerator / whole.Denominator);
                }
            }

            if (ZeroLimits.Contains(name) && Rational.Of(property.Value) is { Numerator.IsZero: true })
            {
                found = true;
                if (rewrite)
                {
                    obj[ZeroLimitMarker + name] = 0;
                }
            }

            foreach (var child in Subschemas(property))
            {
                if (child is JValue { Type: JTokenType.Boolean } boolean && !BooleansRead.Contains(name))
                {
                    found = true;
                    if (rewrite)
                    {
                        boolean.Replace(Replacement(boolean));
                    }
                }
                else
                {
                    found |= Visit(child, rewrite);
                }
            }
        }

        return found;
    }

    private static JObject Replacement(JValue boolean) =>
        (bool)boolean! ? [] : new JObject { ["not"] = new JObject(), [FalseMarker] = true };

    private static IEnumerable<JToken> Subschemas(JProperty property)
    {
        if (SchemaKeywords.SchemaMaps.Contains(property.Name) && property.Value is JObject map)
        {
            return map.Properties().Select(p => p.Value).ToList();
        }

        if (SchemaKeywords.Subschemas.Contains(property.Name))
        {
            return property.Value is JArray array ? array.Children().ToList() : [property.Value];
        }

        return [];
    }
}
