using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// Corrects NJsonSchema's verdict on one value against one schema where it is known to be wrong, by dropping
/// its errors for those keywords and checking them again. Children need nothing here: each was corrected
/// when the validator checked it, before its errors reached its parent. Each check says when it is needed,
/// so that the usual value (text against a list of texts, a list of ids) costs one look.
/// </summary>
internal static class ValueChecks
{
    public static ICollection<ValidationError> Correct(
        JToken value, StandIn? standIn, JsonSchema schema, string? propertyName, string propertyPath, ICollection<ValidationError> errors, JsonSchemaValidator validator)
    {
        // The usual value needs nothing: nothing is allocated for it.
        if (standIn is null && !NumberKeywords.NeedsCheck(value) && !UniqueItemsKeyword.NeedsCheck(schema, value)
            && !LengthKeywords.NeedsCheck(schema, value) && !ObjectKeywords.NeedsCheck(schema, value)
            && !ZeroLimitKeywords.NeedsCheck(schema, value) && !TypeKeyword.NeedsCheck(schema, value)
            && !EnumKeyword.NeedsCheck(schema, value) && !(errors.Count > 0 && value is not JObject && errors.Any(e => e.Kind == ValidationErrorKind.PropertyRequired)))
        {
            return errors;
        }

        return Correct(new ValidatedNode(value, standIn, schema, propertyName, propertyPath), errors, validator);
    }

    private static List<ValidationError> Correct(ValidatedNode node, ICollection<ValidationError> errors, JsonSchemaValidator validator)
    {
        var value = node.Value;
        var schema = node.Schema;
        var numbers = NumberKeywords.NeedsCheck(value);
        var unique = UniqueItemsKeyword.NeedsCheck(schema, value);
        var length = LengthKeywords.NeedsCheck(schema, value);
        var patterns = ObjectKeywords.NeedsCheck(schema, value);
        var zero = ZeroLimitKeywords.NeedsCheck(schema, value);
        var requiredOfNonObject = value is not JObject
            && errors.Any(e => e.Kind == ValidationErrorKind.PropertyRequired && node.IsAbout(e));

        // Kept from NJsonSchema: what these checks do not make again.
        bool Kept(ValidationError error) => !(TypeKeyword.IsMismatch(error.Kind)
            || error.Kind == ValidationErrorKind.NotInEnumeration
            || (numbers && NumberKeywords.IsNumberKind(error.Kind))
            || (unique && error.Kind == ValidationErrorKind.ItemsNotUnique)
            || (length && error.Kind is ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong)
            || (requiredOfNonObject && error.Kind == ValidationErrorKind.PropertyRequired));

        // Errors about the value's type and type-specific keywords (NJsonSchema's per-type lists, for a list of
        // types) are made again below; the others are kept in NJsonSchema's order.
        var kept = new List<ValidationError>();
        var typed = new List<ValidationError>();
        foreach (var error in errors)
        {
            if (!node.IsAbout(error))
            {
                kept.Add(error);
            }
            else if (error is MultiTypeValidationError multi)
            {
                // Each type's list repeats the same keyword errors beside its own type mismatch.
                typed.AddRange(multi.Errors.Values.FirstOrDefault()?.Where(Kept).Select(node.Remap) ?? []);
            }
            else if (Kept(error))
            {
                (IsTypeSpecific(error.Kind) ? typed : kept).Add(node.Remap(error));
            }
        }

        if (numbers)
        {
            typed.AddRange(NumberKeywords.Check(node));
        }

        if (unique && UniqueItemsKeyword.FirstRepeat((JArray)value) is not null)
        {
            typed.Add(node.Error(ValidationErrorKind.ItemsNotUnique));
        }

        if (length)
        {
            typed.AddRange(LengthKeywords.Check(node));
        }

        if (zero && value is JArray)
        {
            typed.Add(ZeroLimitKeywords.Check(node));
        }

        var at = kept.FindIndex(e => !(node.IsAbout(e) && IsComposite(e.Kind)));
        var rebuilt = TypeErrors(node, typed);
        if (schema.Enumeration.Count > 0 && !EnumKeyword.Allows(schema, value))
        {
            rebuilt.Add(node.Error(ValidationErrorKind.NotInEnumeration));
        }

        kept.InsertRange(at < 0 ? kept.Count : at, rebuilt);
        if (zero && value is JObject)
        {
            kept.Add(ZeroLimitKeywords.Check(node));
        }

        if (patterns)
        {
            kept.AddRange(ObjectKeywords.Check(node, validator));
        }

        return kept;
    }

    // The type check and the type-specific errors, in NJsonSchema's shape: flat for one type, one list per
    // type (each type's mismatch, if any, then the keyword errors) under NoTypeValidates for several.
    private static List<ValidationError> TypeErrors(ValidatedNode node, List<ValidationError> typed)
    {
        var types = TypeKeyword.Types(node.Schema);
        if (types.Count <= 1)
        {
            var result = new List<ValidationError>();
            if (types.Count == 1 && !TypeKeyword.Accepts(types[0], node.Value))
            {
                result.Add(node.Error(TypeKeyword.Mismatch(types[0])));
            }

            result.AddRange(typed);
            return result;
        }

        if (typed.Count == 0 && types.Any(t => TypeKeyword.Accepts(t, node.Value)))
        {
            return [];
        }

        var perType = types.ToDictionary(t => t, t => (ICollection<ValidationError>)(TypeKeyword.Accepts(t, node.Value)
            ? [.. typed]
            : [node.Error(TypeKeyword.Mismatch(t)), .. typed]));
        return [new MultiTypeValidationError(ValidationErrorKind.NoTypeValidates, node.PropertyName, node.PropertyPath, perType, node.Value, node.Schema)];
    }

    // The errors NJsonSchema makes in its per-type checks (ValidateString, ValidateNumber, ValidateArray).
    private static bool IsTypeSpecific(ValidationErrorKind kind) => kind is ValidationErrorKind.PatternMismatch
        or ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong or ValidationErrorKind.TooFewItems
        or ValidationErrorKind.TooManyItems or ValidationErrorKind.ItemsNotUnique
        || NumberKeywords.IsNumberKind(kind) || ExpectedNouns.IsFormat(kind);

    private static bool IsComposite(ValidationErrorKind kind) => kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotAllOf
        or ValidationErrorKind.NotOneOf or ValidationErrorKind.ExcludedSchemaValidates;
}
