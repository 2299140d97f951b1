using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>Which JSON types a value has, by JSON Schema's rules rather than Json.NET's token types.</summary>
internal static class TypeKeyword
{
    private static readonly JsonObjectType[] AllTypes =
    [
        JsonObjectType.Array, JsonObjectType.Boolean, JsonObjectType.Integer, JsonObjectType.Null,
        JsonObjectType.Number, JsonObjectType.Object, JsonObjectType.String,
    ];

    /// <summary>The types the schema lists, one by one (none when it has no 'type').</summary>
    public static IReadOnlyList<JsonObjectType> Types(JsonSchema schema) =>
        schema.Type == JsonObjectType.None ? [] : AllTypes.Where(t => schema.Type.HasFlag(t)).ToArray();

    /// <summary>
    /// Whether the value is of the type. A number with no fractional part is an integer, however it is
    /// written (1.0, 1e3). Infinity and not-a-number, which YAML has and JSON does not, are of no type: no
    /// schema can say whether they fit its bounds.
    /// </summary>
    public static bool Accepts(JsonObjectType type, JToken value) => type switch
    {
        JsonObjectType.String => value.Type == JTokenType.String,
        JsonObjectType.Number => Rational.Of(value) is not null,
        JsonObjectType.Integer => value.Type == JTokenType.Integer || Rational.Of(value) is { IsInteger: true },
        JsonObjectType.Boolean => value.Type == JTokenType.Boolean,
        JsonObjectType.Null => value.Type == JTokenType.Null,
        JsonObjectType.Array => value is JArray,
        JsonObjectType.Object => value is JObject,
        _ => true,
    };

    /// <summary>Whether NJsonSchema's type verdict may be wrong: it takes 1.0 for no integer.</summary>
    public static bool NeedsCheck(JsonSchema schema, JToken value) =>
        value.Type == JTokenType.Float && schema.Type.HasFlag(JsonObjectType.Integer);

    public static bool IsMismatch(ValidationErrorKind kind) => kind is ValidationErrorKind.StringExpected
        or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
        or ValidationErrorKind.NullExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.ObjectExpected;

    /// <summary>The error NJsonSchema gives a value that is not of the type.</summary>
    public static ValidationErrorKind Mismatch(JsonObjectType type) => type switch
    {
        JsonObjectType.String => ValidationErrorKind.StringExpected,
        JsonObjectType.Number => ValidationErrorKind.NumberExpected,
        JsonObjectType.Integer => ValidationErrorKind.IntegerExpected,
        JsonObjectType.Boolean => ValidationErrorKind.BooleanExpected,
        JsonObjectType.Null => ValidationErrorKind.NullExpected,
        JsonObjectType.Array => ValidationErrorKind.ArrayExpected,
        _ => ValidationErrorKind.ObjectExpected,
    };
}
