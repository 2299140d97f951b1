using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// minLength and maxLength in characters (Unicode code points), as JSON Schema counts them. NJsonSchema
/// counts UTF-16 code units, so an emoji counts twice; it is right for text without one, the usual case.
/// </summary>
internal static class LengthKeywords
{
    public static bool NeedsCheck(JsonSchema schema, JToken value) =>
        (schema.MinLength is not null || schema.MaxLength is not null)
        && value.Type == JTokenType.String && ((string)value!).AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>The number of characters of the text: code points, a lone surrogate counting as one.</summary>
    public static int Characters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    public static IEnumerable<ValidationError> Check(ValidatedNode node)
    {
        var length = Characters((string)node.Value!);
        if (node.Schema.MinLength is { } min && length < min)
        {
            yield return node.Error(ValidationErrorKind.StringTooShort);
        }

        if (node.Schema.MaxLength is { } max && length > max)
        {
            yield return node.Error(ValidationErrorKind.StringTooLong);
        }
    }
}
