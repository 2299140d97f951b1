using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Schemas;

/// <summary>
/// Validates a front matter against its kind's schema and turns every error into a diagnostic at the YAML node
/// it is about, found through the error's token (never by parsing NJsonSchema's path strings).
/// </summary>
internal static class FrontMatterValidator
{
    /// <param name="frontMatter">The document's front matter.</param>
    /// <param name="kind">The document's kind, for messages ("for a backlog item").</param>
    /// <param name="schema">The kind's schema from <see cref="SchemaRegistry.Get"/>.</param>
    /// <param name="isBuiltIn">Whether the kind is a built-in kind: its unknown properties are AL1004 warnings.</param>
    /// <param name="lines">The document's lines (<see cref="Document.Lines"/>), to quote values as written ("1.10", not 1.1).</param>
    public static ValidationResult Validate(FrontMatter frontMatter, string kind, JsonSchema schema, bool isBuiltIn, IReadOnlyList<string>? lines = null)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = QuickCheck.SurelyValid(frontMatter.Root, schema) ? [] : CheckedValidator.Instance.Validate(frontMatter.Root, schema);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or TimeoutException or FormatException or InvalidCastException or OverflowException)
        {
            var message = $"The schema of kind '{kind}' could not be applied to this document: {e.Message}";
            return new ValidationResult([Create(EngineRules.InvalidSchema, frontMatter.Start, message, frontMatter, null, null)], new HashSet<string>());
        }

        var diagnostics = new List<Diagnostic>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var reportedUnknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in ErrorFlattener.Flatten(errors))
        {
            var (location, message, value) = Describe(error, frontMatter, kind, lines);
            var property = error.Token == frontMatter.Root ? error.Property : TokenPaths.TopLevel(error.Token!);
            if (property is not null)
            {
                failed.Add(property);
                if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && error.Token is JProperty { Parent.Parent: null })
                {
                    reportedUnknown.Add(property);
                }
            }

            var (fix, suggestions) = FixOf(error, location, kind, frontMatter, lines);
            diagnostics.Add(Create(EngineRules.SchemaViolation, location, message, frontMatter, property, value) with { Fix = fix, Suggestions = suggestions });
        }

        if (isBuiltIn)
        {
            var known = schema.ActualSchema.ActualProperties.Keys.ToList();
            foreach (var unknown in frontMatter.Root.Properties().Where(p => !known.Contains(p.Name) && !reportedUnknown.Contains(p.Name)))
            {
                var message = $"'{Excerpt.Of(unknown.Name)}' is not a property of {Kinds.WithArticle(kind)}"
                    + (Suggestions.Closest(unknown.Name, known) is { } closest
                        ? $". Did you mean '{closest}'?"
                        : ": check the spelling, or add it to the kind's schema");
                var location = frontMatter.LocationOf(unknown);
                diagnostics.Add(Create(EngineRules.UnknownProperty, location, message, frontMatter, unknown.Name, null) with
                {
                    Fix = SchemaFixes.Rename(unknown.Name, location, known, frontMatter.Root.Properties().Select(p => p.Name)),
                });
            }
        }

        diagnostics.AddRange(CalendarDates.Check(frontMatter, schema.ActualSchema, failed));
        diagnostics.Sort((a, b) => (a.Location.Line, a.Location.Column).CompareTo((b.Location.Line, b.Location.Column)));
        return new ValidationResult(diagnostics, failed);
    }

    /// <summary>
    /// One AL1001 at 1:1 for an empty file (nothing but white space) of a kind that requires properties, naming
    /// them, instead of one "required" finding per property; null when the kind requires nothing.
    /// </summary>
    public static ValidationResult? ValidateEmpty(string path, string kind, JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        var required = actual.RequiredProperties.Union(actual.ActualProperties.Where(p => p.Value.IsRequired).Select(p => p.Key)).ToList();
        if (required.Count == 0)
        {
            return null;
        }

        var names = required.Count == 1 ? required[0] : string.Join(", ", required.SkipLast(1)) + " and " + required[^1];
        var message = $"The file is empty; {Kinds.WithArticle(kind)} requires {names}: add {(required.Count == 1 ? "it" : "them")} as front matter between '---' lines";
        var descriptor = EngineRules.SchemaViolation;
        return new ValidationResult([new Diagnostic(descriptor, descriptor.DefaultSeverity, Location.StartOf(path), message)], new HashSet<string>());
    }

    private static (Location Location, string Message, string? Value) Describe(ValidationError error, FrontMatter frontMatter, string kind, IReadOnlyList<string>? lines)
    {
        var token = error.Token ?? frontMatter.Root;
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired when token == frontMatter.Root:
                return (frontMatter.Start, $"'{error.Property}' is required for {Kinds.WithArticle(kind)}: add '{error.Property}: ...' to the front matter", null);
            case ValidationErrorKind.PropertyRequired:
                return (frontMatter.LocationOf(token), $"'{Excerpt.Of(TokenPaths.Describe(token))}' is missing '{error.Property}': add '{error.Property}: ...' to it", null);
            case ValidationErrorKind.NoAdditionalPropertiesAllowed when token is JProperty unknown:
                var owner = unknown.Parent is { Parent: null } ? Kinds.WithArticle(kind) : $"'{Excerpt.Of(TokenPaths.Describe(unknown.Parent!))}'";
                var suggestion = Suggestions.Closest(unknown.Name, error.Schema.ActualProperties.Keys) is { } closest
                    ? $". Did you mean '{closest}'?"
                    : ": check the spelling, or remove it";
                return (frontMatter.LocationOf(unknown), $"'{Excerpt.Of(unknown.Name)}' is not a property of {owner}{suggestion}", null);
            case ValidationErrorKind.ItemsNotUnique:
                var repeat = SchemaMessages.FirstRepeat(token) ?? token;
                return (frontMatter.LocationOf(repeat), SchemaMessages.For(Site(error, token, kind, frontMatter, lines)), FoundValue.Scalar(repeat));
            default:
                return (frontMatter.LocationOf(token), SchemaMessages.For(Site(error, token, kind, frontMatter, lines)), FoundValue.Scalar(token));
        }
    }

    private static (Fix? Fix, IReadOnlyList<Fix> Suggestions) FixOf(ValidationError error, Location location, string kind, FrontMatter frontMatter, IReadOnlyList<string>? lines)
    {
        var token = error.Token ?? frontMatter.Root;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired when token == frontMatter.Root && error.Property is { } name && lines is not null =>
                (SchemaFixes.InsertDefault(frontMatter, name, error.Schema, lines), []),
            ValidationErrorKind.PropertyRequired or ValidationErrorKind.ItemsNotUnique => (null, []),
            ValidationErrorKind.NoAdditionalPropertiesAllowed when token is JProperty { Parent: JObject owner } unknown =>
                (SchemaFixes.Rename(unknown.Name, location, error.Schema.ActualProperties.Keys.ToList(), owner.Properties().Select(p => p.Name)), []),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => (null, []),
            _ => SchemaFixes.For(Site(error, token, kind, frontMatter, lines), location),
        };
    }

    private static ErrorSite Site(ValidationError error, JToken token, string kind, FrontMatter frontMatter, IReadOnlyList<string>? lines) =>
        new(error, TokenPaths.Describe(token), kind, RawText(frontMatter.LocationOf(token), lines));

    // The scalar as written, so that messages quote "1.10" rather than the 1.1 YAML made of it.
    private static string? RawText(Location location, IReadOnlyList<string>? lines)
    {
        if (lines is null || location.Line != location.EndLine || location.Line < 1 || location.Line > lines.Count)
        {
            return null;
        }

        var line = lines[location.Line - 1];
        var start = location.Column - 1;
        var length = location.EndColumn - location.Column;
        return start >= 0 && length > 0 && start + length <= line.Length ? line.Substring(start, length) : null;
    }

    private static Diagnostic Create(RuleDescriptor descriptor, Location location, string message, FrontMatter frontMatter, string? property, string? value) =>
        new(descriptor, descriptor.DefaultSeverity, location, message)
        {
            ArtifactId = frontMatter.Root["id"] is JValue { Type: JTokenType.String } id ? (string?)id : null,
            Property = property,
            Value = value,
        };
}
