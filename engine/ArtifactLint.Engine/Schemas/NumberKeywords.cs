using System.Numerics;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// minimum, maximum, exclusiveMinimum, exclusiveMaximum and multipleOf, checked exactly for the numbers
/// NJsonSchema checks through decimal or double: integers beyond long (it throws), doubles beyond decimal
/// (1e300) or below its precision (1e-50, which it reads as 0: "not greater than 0"), infinity and NaN.
/// </summary>
internal static class NumberKeywords
{
    /// <summary>Whether NJsonSchema's number checks cannot be trusted for this value.</summary>
    public static bool NeedsCheck(JToken value) => value is JValue { Value: BigInteger or double or float };

    public static bool IsNumberKind(ValidationErrorKind kind) => kind is ValidationErrorKind.NumberTooSmall
        or ValidationErrorKind.NumberTooBig or ValidationErrorKind.NumberNotMultipleOf
        or ValidationErrorKind.IntegerTooBig or ValidationErrorKind.IntegerNotMultipleOf;

    public static IEnumerable<ValidationError> Check(ValidatedNode node)
    {
        var schema = node.Schema;
        var value = (JValue)node.Value;
        var exact = Rational.Of(value);
        var infinity = value.Value is double d && double.IsInfinity(d) ? Math.Sign(d) : 0;

        // NaN lies on no side of any bound: it fails them all.
        int? Side(decimal bound) => exact is { } v ? Math.Sign(v.CompareTo(Rational.Of(bound))) : infinity != 0 ? infinity : null;

        if ((schema.Minimum is { } min && Outside(Side(min), -1, schema.IsExclusiveMinimum))
            || (schema.ExclusiveMinimum is { } exclusiveMin && Outside(Side(exclusiveMin), -1, exclusive: true)))
        {
            yield return node.Error(ValidationErrorKind.NumberTooSmall);
        }

        if ((schema.Maximum is { } max && Outside(Side(max), 1, schema.IsExclusiveMaximum))
            || (schema.ExclusiveMaximum is { } exclusiveMax && Outside(Side(exclusiveMax), 1, exclusive: true)))
        {
            yield return node.Error(ValidationErrorKind.NumberTooBig);
        }

        if (schema.MultipleOf is { } step && !(exact is { } e && e.IsMultipleOf(Rational.Of(step))))
        {
            yield return node.Error(ValidationErrorKind.NumberNotMultipleOf);
        }
    }

    // Whether a value on this side of the bound (-1 below, 0 on it, 1 above, null incomparable) breaks it.
    private static bool Outside(int? side, int forbidden, bool exclusive) => side is not { } s || s == forbidden || (s == 0 && exclusive);
}
