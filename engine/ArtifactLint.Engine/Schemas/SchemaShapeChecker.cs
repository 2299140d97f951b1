using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// The mistakes in a schema that NJsonSchema would accept at load time and then fail on (or misread) while
/// validating: unknown type names, patterns that are not regular expressions, malformed required/enum lists.
/// </summary>
internal static class SchemaShapeChecker
{
    private static readonly HashSet<string> TypeNames = ["string", "number", "integer", "boolean", "object", "array", "null"];

    /// <summary>The first problem found, with the token it is at, or null when the shape is sound.</summary>
    public static (JToken Token, string Problem)? Check(JToken schema) => schema switch
    {
        JObject obj => CheckObject(obj),
        JValue { Type: JTokenType.Boolean } => null,
        _ => (schema, "a schema must be a JSON object"),
    };

    private static (JToken, string)? CheckObject(JObject obj)
    {
        foreach (var property in obj.Properties())
        {
            var value = property.Value;
            var problem = property.Name switch
            {
                "type" when !IsTypeList(value) => (value, "'type' must be one of string, number, integer, boolean, object, array, null (or a list of them)"),
                "pattern" when !IsRegex(value) => (value, "'pattern' is not a valid regular expression"),
                "required" when !(value is JArray r && r.All(i => i.Type == JTokenType.String)) => (value, "'required' must be a list of property names"),
                "enum" when value is not JArray => (value, "'enum' must be a list of allowed values"),
                "properties" or "patternProperties" or "definitions" or "$defs" when value is not JObject => (value, $"'{property.Name}' must be an object of schemas"),
                _ => ((JToken, string)?)null,
            };
            if (problem is not null)
            {
                return problem;
            }

            if (property.Name == "patternProperties" && value is JObject patterns
                && patterns.Properties().FirstOrDefault(p => !IsRegex(new JValue(p.Name))) is { } badPattern)
            {
                return (badPattern, $"'{badPattern.Name}' in 'patternProperties' is not a valid regular expression");
            }

            var nested = Children(property).Select(Check).FirstOrDefault(p => p is not null);
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }

    private static IEnumerable<JToken> Children(JProperty property)
    {
        if (SchemaKeywords.SchemaMaps.Contains(property.Name) && property.Value is JObject map)
        {
            return map.Properties().Select(p => p.Value).Where(v => v is JObject);
        }

        if (SchemaKeywords.Subschemas.Contains(property.Name))
        {
            return property.Value is JArray array ? array.Children().ToList() : [property.Value];
        }

        return [];
    }

    private static bool IsTypeList(JToken value) => value switch
    {
        JValue { Type: JTokenType.String } v => TypeNames.Contains((string)v!),
        JArray a => a.Count > 0 && a.All(IsTypeList),
        _ => false,
    };

    private static bool IsRegex(JToken value)
    {
        if (value is not JValue { Type: JTokenType.String } v)
        {
            return false;
        }

        try
        {
            _ = new Regex((string)v!, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
