namespace ArtifactLint.Schemas;

/// <summary>
/// What NJsonSchema 11.6.2's validator enforces. Measured, not read from its docs: each keyword was given a
/// schema and an instance that violates it (tests/ArtifactLint.Tests/Schemas/SchemaKeywordsTests.cs keeps
/// that experiment and fails when an upgrade changes the answer). A team schema that uses an unenforced
/// keyword gets AL0010 at the keyword; the built-in schemas use none of them.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords the validator reads and ignores, with what to write instead.</summary>
    public static IReadOnlyDictionary<string, string> Unenforced { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["const"] = "use a one-value 'enum' instead",
        ["if"] = "the if/then/else condition is never checked: split the kind or use 'anyOf'",
        ["then"] = "the if/then/else condition is never checked: split the kind or use 'anyOf'",
        ["else"] = "the if/then/else condition is never checked: split the kind or use 'anyOf'",
        ["contains"] = "check it in a rule instead",
        ["minContains"] = "check it in a rule instead",
        ["maxContains"] = "check it in a rule instead",
        ["propertyNames"] = "list the allowed properties and set 'additionalProperties: false', or use 'patternProperties'",
        ["dependencies"] = "check it in a rule instead",
        ["dependentRequired"] = "check it in a rule instead",
        ["dependentSchemas"] = "check it in a rule instead",
        ["unevaluatedProperties"] = "use 'additionalProperties' instead",
        ["unevaluatedItems"] = "use 'additionalItems' with an 'items' array instead",
        ["prefixItems"] = "use an 'items' array (draft-07) instead",
    };

    /// <summary>The 'format' values the validator checks; any other format is accepted without a check.</summary>
    public static IReadOnlySet<string> EnforcedFormats { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "date-time", "time", "time-span", "email", "hostname", "ipv4", "ipv6", "uri", "guid", "uuid", "byte", "base64",
    };

    /// <summary>The keywords the validator enforces (the README lists them).</summary>
    public static IReadOnlyList<string> Enforced { get; } =
    [
        "type", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
        "pattern", "format", "items", "additionalItems", "maxItems", "minItems", "uniqueItems", "maxProperties",
        "minProperties", "required", "properties", "patternProperties", "additionalProperties", "allOf", "anyOf", "oneOf",
        "not", "$ref", "definitions", "$defs",
    ];

    /// <summary>Keywords whose value is a map of property name (or pattern) to schema.</summary>
    public static IReadOnlySet<string> SchemaMaps { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "definitions", "$defs", "dependencies", "dependentSchemas",
    };

    /// <summary>Keywords whose value is a schema, or an array of schemas.</summary>
    public static IReadOnlySet<string> Subschemas { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "items", "additionalItems", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
        "allOf", "anyOf", "oneOf", "prefixItems", "unevaluatedProperties", "unevaluatedItems",
    };
}
