using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// patternProperties with several patterns matching one name: each applies (NJsonSchema applies the first only).
/// </summary>
internal static class ObjectKeywords
{
    public static bool NeedsCheck(JsonSchema schema, JToken value) => value is JObject && schema.PatternProperties.Count > 1;

    public static IEnumerable<ValidationError> Check(ValidatedNode node, JsonSchemaValidator validator)
    {
        foreach (var property in ((JObject)node.Value).Properties())
        {
            // The first pattern that matches is the one NJsonSchema applied.
            var others = node.Schema.PatternProperties
                .Where(p => Regex.IsMatch(property.Name, p.Key, RegexOptions.None, TimeSpan.FromSeconds(1)))
                .Skip(1);
            foreach (var (_, schema) in others)
            {
                var errors = validator.Validate(property.Value, schema);
                if (errors.Count > 0)
                {
                    yield return new ChildSchemaValidationError(ValidationErrorKind.AdditionalPropertiesNotValid, property.Name, property.Path,
                        new Dictionary<JsonSchema, ICollection<ValidationError>> { [schema] = errors }, property.Value, schema);
                }
            }
        }
    }
}
