using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ArtifactLint.Schemas;

/// <summary>
/// uniqueItems by JSON equality. NJsonSchema compares the items' text, which takes {} for "{}" and misses
/// {"a":1,"b":2} repeated as {"b":2,"a":1}; it is right for a list of texts (goals, labels), the usual case.
/// </summary>
internal static class UniqueItemsKeyword
{
    public static bool NeedsCheck(JsonSchema schema, JToken value) =>
        schema.UniqueItems && value is JArray array && array.Any(item => item.Type != JTokenType.String);

    /// <summary>The first item equal to an earlier one (where the finding points), or null when all differ.</summary>
    public static JToken? FirstRepeat(JArray array)
    {
        // Hashing keeps a long list linear; equal hashes are compared in full.
        var seen = new Dictionary<int, List<JToken>>();
        foreach (var item in array)
        {
            var hash = JsonEquality.Hash(item);
            if (!seen.TryGetValue(hash, out var bucket))
            {
                seen[hash] = [item];
            }
            else if (bucket.Any(earlier => JsonEquality.Equal(earlier, item)))
            {
                return item;
            }
            else
            {
                bucket.Add(item);
            }
        }

        return null;
    }
}
