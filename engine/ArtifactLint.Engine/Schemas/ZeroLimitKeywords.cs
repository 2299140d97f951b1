using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// maxProperties: 0 and maxItems: 0. NJsonSchema holds an absent limit as 0 and so skips a limit of 0;
/// <see cref="SchemaNormalizer"/> marks the schemas that set one.
/// </summary>
internal static class ZeroLimitKeywords
{
    public static bool NeedsCheck(JsonSchema schema, JToken value) => value switch
    {
        JObject { Count: > 0 } => Marked(schema, "maxProperties"),
        JArray { Count: > 0 } => Marked(schema, "maxItems"),
        _ => false,
    };

    public static ValidationError Check(ValidatedNode node) =>
        node.Error(node.Value is JObject ? ValidationErrorKind.TooManyProperties : ValidationErrorKind.TooManyItems);

    private static bool Marked(JsonSchema schema, string keyword) =>
        schema.ExtensionData?.ContainsKey(SchemaNormalizer.ZeroLimitMarker + keyword) == true;
}
