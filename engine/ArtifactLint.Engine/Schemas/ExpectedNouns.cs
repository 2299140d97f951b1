using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>What a schema expects, in words: "a number", "a list of goal ids", "a date written YYYY-MM-DD".</summary>
internal static class ExpectedNouns
{
    // Patterns of the built-in and config schemas, said in words instead of as a regular expression.
    private static readonly Dictionary<string, string> KnownPatterns = new(StringComparer.Ordinal)
    {
        [@"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$"] = "a date written YYYY-MM-DD",
        [CalendarDates.DatePattern] = "a date written YYYY-MM-DD",
        [@"^\d{4}-\d{2}-\d{2}$"] = "a date written YYYY-MM-DD",
        [@"^\d{4}(-(Q[1-4]|H[12]))?$"] = "a period written like 2027-Q1, 2027-H1 or 2027",
        [@"^\d{4}-Q[1-4]$"] = "a quarter written like 2027-Q1",
        [@"^\d+(ms|s)$"] = "a duration written like 500ms or 5s",
        [@"^[A-Z][A-Z0-9]{1,9}$"] = "2 to 10 capital letters or digits, starting with a letter",
    };

    private static readonly Dictionary<ValidationErrorKind, string> Formats = new()
    {
        [ValidationErrorKind.DateExpected] = "a date written YYYY-MM-DD",
        [ValidationErrorKind.DateTimeExpected] = "a date and time written like 2026-11-27T09:30:00Z",
        [ValidationErrorKind.TimeExpected] = "a time with its offset, written like 09:30:00Z or 09:30:00+01:00",
        [ValidationErrorKind.TimeSpanExpected] = "a duration written like 01:30:00",
        [ValidationErrorKind.EmailExpected] = "an email address",
        [ValidationErrorKind.UriExpected] = "a URL",
        [ValidationErrorKind.HostnameExpected] = "a host name",
        [ValidationErrorKind.IpV4Expected] = "an IPv4 address",
        [ValidationErrorKind.IpV6Expected] = "an IPv6 address",
        [ValidationErrorKind.GuidExpected] = "a GUID",
        [ValidationErrorKind.UuidExpected] = "a UUID",
        [ValidationErrorKind.Base64Expected] = "base64 text",
    };

    public static bool IsFormat(ValidationErrorKind kind) => Formats.ContainsKey(kind);

    public static string Format(ValidationErrorKind kind) => Formats[kind];

    /// <summary>The words for a pattern, when it is one of ours.</summary>
    public static string? Pattern(string? pattern) => pattern is not null && KnownPatterns.TryGetValue(pattern, out var words) ? words : null;

    /// <summary>Everything the schema accepts, joined with "or".</summary>
    public static string Of(JsonSchema schema)
    {
        var alternatives = schema.AnyOf.Concat(schema.OneOf).Where(a => !SchemaNormalizer.IsFalse(a.ActualSchema)).ToList();
        if (alternatives.Count > 0)
        {
            return string.Join(" or ", alternatives.Select(a => Of(a.ActualSchema)).Distinct());
        }

        if (schema.Type == JsonObjectType.None && schema.Enumeration.Count > 0)
        {
            return "one of: " + string.Join(", ", schema.Enumeration);
        }

        var types = Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None && schema.Type.HasFlag(t)).ToList();
        // A pattern that names its form ("a period written like 2027-Q1, 2027-H1 or 2027") already covers the number form.
        if (types.Contains(JsonObjectType.String) && Pattern(schema.Pattern) is { } words)
        {
            return words;
        }

        return types.Count == 0 ? "a value" : string.Join(" or ", types.Select(t => OfType(schema, t)));
    }

    public static string OfType(JsonSchema schema, JsonObjectType type) => type switch
    {
        JsonObjectType.String => Pattern(schema.Pattern) ?? "text",
        JsonObjectType.Number => "a number",
        JsonObjectType.Integer => "a whole number",
        JsonObjectType.Boolean => "true or false",
        JsonObjectType.Null => "empty",
        JsonObjectType.Array => ListOf(schema.Item?.ActualSchema),
        JsonObjectType.Object => "a set of 'key: value' lines",
        _ => "a value",
    };

    // Item titles are singular nouns ("Goal id", "Key result"): "a list of goal ids".
    private static string ListOf(JsonSchema? item)
    {
        var title = item?.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return "a list";
        }

        var noun = char.ToLowerInvariant(title[0]) + title[1..];
        return "a list of " + (noun.EndsWith('s') ? noun : noun + "s");
    }
}
