using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ArtifactLint.Schemas;

/// <summary>
/// enum by JSON equality (<see cref="JsonEquality"/>). NJsonSchema compares the values' text, which takes
/// the number 1 for "1" and true for "True", and [0.0] not for [0].
/// </summary>
internal static class EnumKeyword
{
    /// <summary>Whether NJsonSchema's verdict may be wrong: it is right for text against a list of texts, the usual case.</summary>
    public static bool NeedsCheck(JsonSchema schema, JToken value) =>
        schema.Enumeration.Count > 0 && !(value.Type == JTokenType.String && schema.Enumeration.All(v => v is string));

    public static bool Allows(JsonSchema schema, JToken value) => schema.Enumeration.Any(v => JsonEquality.Equal(v, value));
}
