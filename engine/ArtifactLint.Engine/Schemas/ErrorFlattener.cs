using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// Turns NJsonSchema's error tree into the leaf errors a person should read. Wrappers (an array item, an
/// allOf branch) give way to their children; for anyOf/oneOf and multi-type schemas only the branch that
/// fits the value's type is kept, and when none fits the wrapper itself is the leaf (a type mismatch).
/// </summary>
internal static class ErrorFlattener
{
    public static IReadOnlyList<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        // A value of the wrong type gets only that finding: 'key_results: [5]' says that 5 is not a mapping,
        // not also that the mapping it is not lacks 'metric' and 'target'.
        var leaves = Leaves(errors);
        var mistyped = leaves.Where(e => IsTypeMismatch(e.Kind) && e.Token is not null).Select(e => e.Token!).ToHashSet(ReferenceEqualityComparer.Instance);
        return leaves.Where(e => IsTypeMismatch(e.Kind) || e.Token is null || !mistyped.Contains(e.Token)).ToList();
    }

    private static IReadOnlyList<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        var leaves = new List<ValidationError>();
        foreach (var error in errors)
        {
            Collect(error, leaves);
        }

        return leaves
            .DistinctBy(e => (e.Kind, e.Property, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(e.Token)))
            .ToList();
    }

    public static bool IsTypeMismatch(ValidationErrorKind kind) => kind is ValidationErrorKind.StringExpected
        or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
        or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.NullExpected
        or ValidationErrorKind.NoTypeValidates or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf;

    private static void Collect(ValidationError error, List<ValidationError> leaves)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
                var fitting = multi.Errors.FirstOrDefault(e => Fits(e.Key, multi.Token)).Value;
                AddOrKeep(multi, fitting is null ? null : Leaves(fitting), leaves);
                break;
            case ChildSchemaValidationError { Kind: ValidationErrorKind.NotOneOf } oneOf when oneOf.Errors.Count(e => e.Value.Count == 0) > 1:
                leaves.Add(oneOf);
                break;
            case ChildSchemaValidationError { Kind: ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf } alternatives:
                var best = alternatives.Errors.Values
                    .Select(Leaves)
                    // A branch the value is not even of the type of, or a 'false' one, says nothing useful.
                    .Where(branch => !branch.Any(e => (IsTypeMismatch(e.Kind) || SchemaNormalizer.IsFalse(e.Schema)) && ReferenceEquals(e.Token, alternatives.Token)))
                    .OrderBy(branch => branch.Count)
                    .FirstOrDefault();
                AddOrKeep(alternatives, best, leaves);
                break;
            case ChildSchemaValidationError child:
                foreach (var inner in child.Errors.Values.SelectMany(e => e))
                {
                    Collect(inner, leaves);
                }

                break;
            default:
                leaves.Add(error);
                break;
        }
    }

    private static void AddOrKeep(ValidationError wrapper, IReadOnlyList<ValidationError>? branch, List<ValidationError> leaves)
    {
        var meaningful = branch?.Where(e => !(IsTypeMismatch(e.Kind) && ReferenceEquals(e.Token, wrapper.Token))).ToList();
        if (meaningful is { Count: > 0 })
        {
            leaves.AddRange(meaningful);
        }
        else
        {
            leaves.Add(wrapper);
        }
    }

    // The type a value has by JSON Schema's rules: 1.0 is an integer, .inf no number.
    private static bool Fits(JsonObjectType type, JToken? token) => token is not null && TypeKeyword.Accepts(type, token);
}
