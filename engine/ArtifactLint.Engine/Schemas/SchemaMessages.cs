using System.Globalization;
using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>One message per NJsonSchema error kind, in a product owner's words: the property, what was expected, what was found.</summary>
internal static class SchemaMessages
{
    public static string For(ErrorSite site)
    {
        var error = site.Error;
        var schema = error.Schema;
        var token = error.Token;
        var subject = site.Subject;
        var number = FoundValue.Number(token, site.Raw);
        return error.Kind switch
        {
            _ when ErrorFlattener.IsTypeMismatch(error.Kind) && error.Kind != ValidationErrorKind.NotOneOf => TypeMismatchMessages.For(site),
            ValidationErrorKind.NotOneOf => $"{subject} matches more than one of the forms the schema allows; it must match exactly one",
            ValidationErrorKind.NotInEnumeration => NotInEnumeration(site),
            ValidationErrorKind.PatternMismatch => ExpectedNouns.Pattern(schema.Pattern) is { } words
                ? $"{subject} must be {words}; found {FoundValue.Quoted(token)}"
                : $"{subject} must match the pattern {schema.Pattern}{Titled(schema.Title)}; found {FoundValue.Quoted(token)}",
            ValidationErrorKind.DateExpected => $"{subject} must be a calendar date (YYYY-MM-DD); found {FoundValue.Quoted(token)}"
                + (token?.Type == JTokenType.String && CalendarDates.WhyNotADay((string)token!) is { } why ? $": {why}" : string.Empty),
            var kind when ExpectedNouns.IsFormat(kind) => $"{subject} must be {ExpectedNouns.Format(kind)}; found {FoundValue.Quoted(token)}",
            ValidationErrorKind.StringTooShort => schema.MinLength == 1
                ? $"{subject} must not be empty"
                : $"{subject} must be at least {Characters(schema.MinLength)} long; found {FoundValue.Quoted(token)}",
            ValidationErrorKind.StringTooLong =>
                $"{subject} must be at most {Characters(schema.MaxLength)} long; found {Characters(LengthKeywords.Characters((string)token!))}",
            ValidationErrorKind.NumberTooSmall => schema.ExclusiveMinimum is { } exclusiveMin || schema.IsExclusiveMinimum
                ? $"{subject} must be greater than {Number(schema.ExclusiveMinimum ?? schema.Minimum)}; found {number}"
                : $"{subject} must be at least {Number(schema.Minimum)}; found {number}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => schema.ExclusiveMaximum is not null || schema.IsExclusiveMaximum
                ? $"{subject} must be less than {Number(schema.ExclusiveMaximum ?? schema.Maximum)}; found {number}"
                : $"{subject} must be at most {Number(schema.Maximum)}; found {number}",
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf =>
                $"{subject} must be a multiple of {Number(schema.MultipleOf)}; found {number}",
            ValidationErrorKind.TooFewItems => $"{subject} must have at least {Items(schema.MinItems)}; found {Count(token)}",
            ValidationErrorKind.TooManyItems => $"{subject} must have at most {Items(schema.MaxItems)}; found {Count(token)}",
            ValidationErrorKind.ItemsNotUnique => $"{subject} lists {FoundValue.Quoted(FirstRepeat(token))} more than once: remove the repeat",
            ValidationErrorKind.TooManyItemsInTuple => $"{subject} is one item too many: the list takes at most {Items(schema.Items.Count)}",
            ValidationErrorKind.TooFewProperties => $"{subject} must have at least {schema.MinProperties} properties; found {Count(token)}",
            ValidationErrorKind.TooManyProperties => $"{subject} must have at most {schema.MaxProperties} properties; found {Count(token)}",
            ValidationErrorKind.ExcludedSchemaValidates when SchemaNormalizer.IsFalse(schema) =>
                $"{subject} is not allowed here (its schema is 'false'): remove it",
            ValidationErrorKind.ExcludedSchemaValidates => $"{subject} cannot be {FoundValue.Quoted(token)} here",
            _ => $"{subject} does not match the schema of {Kinds.WithArticle(site.Kind)} ({error.Kind})",
        };
    }

    /// <summary>The repeated element of a list (its second occurrence), where ItemsNotUnique is reported.</summary>
    public static JToken? FirstRepeat(JToken? token)
    {
        if (token is not JArray array)
        {
            return null;
        }

        return UniqueItemsKeyword.FirstRepeat(array);
    }

    private static string NotInEnumeration(ErrorSite site)
    {
        var enumeration = site.Error.Schema.Enumeration;
        var token = site.Error.Token;
        // Text is quoted only when every allowed value is text: "must be 1; found the text '1'".
        var allText = enumeration.All(v => v is string);
        var allowed = enumeration.Select(v => v switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            JToken json => json.ToString(Newtonsoft.Json.Formatting.None),
            _ => Convert.ToString(v, CultureInfo.InvariantCulture)!,
        }).ToList();
        var found = allText ? FoundValue.Quoted(token) : FoundValue.Describe(token, site.Raw);
        var expected = allowed.Count == 1 ? (allText ? $"'{allowed[0]}'" : allowed[0]) : "one of: " + string.Join(", ", allowed);
        var suggestion = allText && token?.Type == JTokenType.String && StatusWords.Suggest((string)token!, allowed) is { } closest
            ? $". Did you mean '{closest}'?"
            : string.Empty;
        return $"{site.Subject} must be {expected}; found {found}{suggestion}";
    }

    private static string Titled(string? title) => string.IsNullOrWhiteSpace(title) ? string.Empty : $" ({title})";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Characters(int? count) => count == 1 ? "1 character" : $"{count} characters";

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";

    private static string Count(JToken? token) => token switch
    {
        JArray { Count: 0 } or JObject { Count: 0 } => "none",
        JArray a => a.Count.ToString(CultureInfo.InvariantCulture),
        JObject o => o.Count.ToString(CultureInfo.InvariantCulture),
        _ => "?",
    };
}
