using System.Globalization;
using System.Text.RegularExpressions;
using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// "Expected X, found Y" messages, which also say how YAML 1.2 read a plain scalar and how to write it
/// instead: that is the pitfall (1.10 is the number 1.1, yes is text) every other reader of the file shares.
/// </summary>
internal static class TypeMismatchMessages
{
    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "on", "true" };
    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "off", "false" };

    public static string For(ErrorSite site) => $"{site.Subject} must be {ExpectedNoun(site.Error)}; {Found(site, ExpectedNoun(site.Error))}";

    private static string ExpectedNoun(ValidationError error) =>
        error.Kind switch
        {
            ValidationErrorKind.StringExpected => ExpectedNouns.OfType(error.Schema, JsonObjectType.String),
            ValidationErrorKind.NumberExpected => "a number",
            ValidationErrorKind.IntegerExpected => "a whole number",
            ValidationErrorKind.BooleanExpected => "true or false",
            ValidationErrorKind.ArrayExpected => ExpectedNouns.OfType(error.Schema, JsonObjectType.Array),
            ValidationErrorKind.ObjectExpected => ExpectedNouns.OfType(error.Schema, JsonObjectType.Object),
            ValidationErrorKind.NullExpected => "empty",
            _ => ExpectedNouns.Of(error.Schema),
        };

    /// <summary>
    /// The value as written when quoting it would give the text the schema wants (<c>4.10</c>, read as the number 4.1,
    /// where text is wanted, and the quoted text passes the string's pattern); null otherwise.
    /// </summary>
    public static string? ToQuote(ErrorSite site)
    {
        var token = site.Error.Token;
        var raw = site.Raw ?? FoundValue.Scalar(token);
        var expected = ExpectedNoun(site.Error);
        var wantsText = site.Error.Kind == ValidationErrorKind.StringExpected
            || (site.Error.Kind is ValidationErrorKind.NoTypeValidates or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf
                && expected.StartsWith("text", StringComparison.Ordinal));
        return wantsText && token is JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } && raw is not null
            && QuotingWouldPass(site.Error.Schema, raw)
                ? raw
                : null;
    }

    /// <summary>The value as written when it is one value where the schema wants a list of them (<c>assignee: Claude</c>); null otherwise.</summary>
    public static string? ToList(ErrorSite site)
    {
        var token = site.Error.Token;
        var raw = site.Raw ?? FoundValue.Scalar(token);
        return site.Error.Kind == ValidationErrorKind.ArrayExpected && token is JValue { Type: not JTokenType.Null } && raw is not null ? raw : null;
    }

    private static string Found(ErrorSite site, string expected)
    {
        var token = site.Error.Token;
        var text = token?.Type == JTokenType.String ? (string?)token : null;
        if (ToQuote(site) is { } quoted)
        {
            return $"{Excerpt.Of(quoted)} is read as {FoundValue.Describe(token)} — write \"{Excerpt.Of(quoted)}\"";
        }

        if (ToList(site) is { } single)
        {
            return $"found {FoundValue.Describe(token)} — write [{Excerpt.Of(single)}]";
        }

        if (site.Error.Kind == ValidationErrorKind.BooleanExpected && text is not null)
        {
            var fix = YesWords.Contains(text) ? " — write true" : NoWords.Contains(text) ? " — write false" : string.Empty;
            return $"found {FoundValue.Describe(token)}{fix}";
        }

        if (site.Error.Kind is ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected && text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return $"found {FoundValue.Describe(token)} — write {Excerpt.Of(text)} without quotes";
        }

        if (token is JValue { Value: double d } && !double.IsFinite(d))
        {
            return $"found {FoundValue.Describe(token, site.Raw)} — write a number";
        }

        return $"found {FoundValue.Describe(token, site.Raw)}";
    }

    // Quoting a number only helps when the quoted text passes the string's own constraints.
    private static bool QuotingWouldPass(JsonSchema schema, string raw) =>
        string.IsNullOrEmpty(schema.Pattern) || Regex.IsMatch(raw, schema.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
}
