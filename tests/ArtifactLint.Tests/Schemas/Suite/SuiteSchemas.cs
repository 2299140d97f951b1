using System.Text.Json.Nodes;

namespace ArtifactLint.Tests.Schemas.Suite;

/// <summary>
/// The schema work of the suite run: wrapping a schema so that it checks one property, and telling
/// which groups need a schema from the network (remote references, which the run leaves out).
/// </summary>
internal static class SuiteSchemas
{
    private static readonly HashSet<string> SchemaMaps = ["properties", "patternProperties", "definitions", "$defs", "dependencies"];

    private static readonly HashSet<string> Subschemas =
        ["items", "additionalItems", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf"];

    /// <summary>
    /// <c>{"type":"object","properties":{"value": schema},"required":["value"]}</c>, with the schema's JSON
    /// pointers (<c>#/definitions/a</c>, <c>#</c>) moved under <c>#/properties/value</c> and its root <c>$id</c>
    /// on the wrapper, so that every reference still reaches what it reached.
    /// </summary>
    public static JsonNode Wrap(JsonNode? schema)
    {
        var inner = schema?.DeepClone();
        var wrapper = new JsonObject();
        if (inner is JsonObject root && root["$id"] is JsonValue id)
        {
            wrapper["$id"] = id.DeepClone();
            root.Remove("$id");
        }

        MovePointers(inner, isRoot: true);
        wrapper["type"] = "object";
        wrapper["properties"] = new JsonObject { ["value"] = inner };
        wrapper["required"] = new JsonArray("value");
        return wrapper;
    }

    /// <summary>
    /// Whether the schema refers to a document it does not hold: an absolute http(s) <c>$ref</c> that no
    /// <c>$id</c> of the schema declares (the draft-07 meta-schema, the suite's localhost server).
    /// </summary>
    public static bool IsRemote(JsonNode? schema)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var refs = new List<string>();
        Collect(schema, ids, refs);
        return refs.Any(r => r.StartsWith("http", StringComparison.Ordinal) && !ids.Contains(r.Split('#')[0]));
    }

    private static void Collect(JsonNode? node, HashSet<string> ids, List<string> refs)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name == "$id" && child is JsonValue id && id.TryGetValue<string>(out var text))
                    {
                        ids.Add(text.Split('#')[0]);
                    }
                    else if (name == "$ref" && child is JsonValue target && target.TryGetValue<string>(out var reference))
                    {
                        refs.Add(reference);
                    }

                    Collect(child, ids, refs);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, ids, refs);
                }

                break;
        }
    }

    private static void MovePointers(JsonNode? schema, bool isRoot)
    {
        if (schema is not JsonObject obj)
        {
            return;
        }

        // Below an $id that names another document, pointers are that document's own.
        if (!isRoot && obj["$id"] is JsonValue id && id.TryGetValue<string>(out var text) && !text.StartsWith('#'))
        {
            return;
        }

        if (obj["$ref"] is JsonValue target && target.TryGetValue<string>(out var reference) && (reference == "#" || reference.StartsWith("#/", StringComparison.Ordinal)))
        {
            obj["$ref"] = "#/properties/value" + reference[1..];
        }

        foreach (var (name, child) in obj.ToList())
        {
            if (SchemaMaps.Contains(name) && child is JsonObject map)
            {
                foreach (var (_, entry) in map)
                {
                    MovePointers(entry, isRoot: false);
                }
            }
            else if (Subschemas.Contains(name))
            {
                foreach (var entry in child is JsonArray array ? array.ToList() : [child])
                {
                    MovePointers(entry, isRoot: false);
                }
            }
        }
    }
}
