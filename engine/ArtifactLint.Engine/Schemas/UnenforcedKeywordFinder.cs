using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>Finds, in a schema's JSON, the keywords (and 'format' values) the validator would silently ignore.</summary>
internal static class UnenforcedKeywordFinder
{
    /// <summary>Each ignored keyword's property (for its position) with the message that explains it.</summary>
    public static IEnumerable<(JProperty Keyword, string Message)> Find(JToken schema)
    {
        var found = new List<(JProperty, string)>();
        Visit(schema, found);
        return found;
    }

    private static void Visit(JToken schema, List<(JProperty, string)> found)
    {
        if (schema is not JObject obj)
        {
            return;
        }

        var hasIf = obj.ContainsKey("if");
        foreach (var property in obj.Properties())
        {
            var name = property.Name;
            // then/else without an if are ignored by every validator; one warning at the 'if' says it for all three.
            if (SchemaKeywords.Unenforced.TryGetValue(name, out var advice) && !(hasIf && name is "then" or "else"))
            {
                found.Add((property, $"'{name}' is not enforced by ArtifactLint's validator: {advice}"));
            }
            else if (name == "format" && property.Value is JValue { Type: JTokenType.String } format
                && !SchemaKeywords.EnforcedFormats.Contains((string)format!))
            {
                found.Add((property, $"'format: {format}' is not enforced by ArtifactLint's validator: use a 'pattern' instead"));
            }

            if (SchemaKeywords.SchemaMaps.Contains(name) && property.Value is JObject map)
            {
                foreach (var entry in map.Properties())
                {
                    Visit(entry.Value, found);
                }
            }
            else if (SchemaKeywords.Subschemas.Contains(name))
            {
                foreach (var child in property.Value is JArray array ? array.Children().ToList() : [property.Value])
                {
                    Visit(child, found);
                }
            }
        }
    }
}
