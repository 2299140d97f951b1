using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>
/// The fixes of schema findings, where the change is mechanical and has one answer: quote a value YAML read as a
/// number (<c>version: 4.10</c>), bracket one value where a list is wanted (<c>assignee: Claude</c>), write the one
/// allowed value a misspelt one surely means (<c>In Progress</c> → <c>in-progress</c>; several close ones are
/// suggestions instead), and rename a key to the one property it surely means (<c>estimat</c> → <c>estimate</c>).
/// </summary>
internal static class SchemaFixes
{
    /// <summary>The fix and the suggestions for one error at <paramref name="location"/> (the site's raw text is the value as written, when on one line).</summary>
    public static (Fix? Fix, IReadOnlyList<Fix> Suggestions) For(ErrorSite site, Location location)
    {
        if (location.Line != location.EndLine || location.Column >= location.EndColumn)
        {
            return (null, []);
        }

        if (ErrorFlattener.IsTypeMismatch(site.Error.Kind) && TypeMismatchMessages.ToQuote(site) is { } number && site.Raw == number)
        {
            var quoted = YamlText.Quoted(number);
            return (Fix.Replace(location, quoted, $"Quote {Property(site)} as {quoted}"), []);
        }

        if (site.Error.Kind == ValidationErrorKind.ArrayExpected && TypeMismatchMessages.ToList(site) is { } single && site.Raw == single && CanBracket(single))
        {
            // A number or true/false in a list of texts is quoted at once, not by a second pass.
            var item = site.Error.Schema.Item?.ActualSchema;
            var inner = site.Error.Token is JValue { Type: not JTokenType.String } && item is not null && item.Type.HasFlag(NJsonSchema.JsonObjectType.String)
                ? YamlText.Quoted(single)
                : single;
            return (Fix.Replace(location, $"[{inner}]", $"Make {Property(site)} a list: [{inner}]"), []);
        }

        if (site.Error.Kind == ValidationErrorKind.NotInEnumeration && site.Error.Token is JValue { Type: JTokenType.String } value
            && site.Error.Schema.Enumeration is { Count: > 0 } enumeration && enumeration.All(v => v is string) && site.Raw is { } written)
        {
            var allowed = enumeration.Cast<string>().ToList();
            var quote = written.Length > 1 && written[0] is '"' or '\'' ? written[0] : (char?)null;
            string Write(string text) => quote is null ? YamlText.Scalar(text) : YamlText.Quoted(text);
            var suggestions = allowed.Select(a => Fix.Replace(location, Write(a), $"Write '{a}'")).ToList();
            return Suggestions.Unique((string)value!, allowed) is { } meant
                ? (Fix.Replace(location, Write(meant), $"Write '{meant}' for {Property(site)}"), [])
                : (null, suggestions);
        }

        return (null, []);
    }

    /// <summary>A rename of the unknown key at <paramref name="keyLocation"/> to the one property it surely means, when no key of that name is there already.</summary>
    public static Fix? Rename(string key, Location keyLocation, IReadOnlyCollection<string> known, IEnumerable<string> present)
    {
        if (keyLocation.Line != keyLocation.EndLine || keyLocation.EndColumn - keyLocation.Column != key.Length
            || Suggestions.Unique(key, known, maxDistance: 2) is not { } meant || present.Contains(meant, StringComparer.Ordinal))
        {
            return null;
        }

        return Fix.Replace(keyLocation, meant, $"Rename '{Excerpt.Of(key)}' to '{meant}'");
    }

    /// <summary>
    /// The insertion of a missing required top-level property whose schema gives a <c>default</c> of text, a number,
    /// true or false, or a list of those, as the line before the closing <c>---</c>; null when it gives none, or the
    /// front matter has no closing line in <paramref name="lines"/>.
    /// </summary>
    public static Fix? InsertDefault(FrontMatter frontMatter, string property, NJsonSchema.JsonSchema owner, IReadOnlyList<string> lines)
    {
        if (!owner.ActualProperties.TryGetValue(property, out var schema) || Yaml(schema.Default) is not { } value || !IsPlainKey(property))
        {
            return null;
        }

        // Before the closing line, whatever the last value is (a block list's own span stops at its first line).
        var closing = -1;
        for (var i = frontMatter.StartLine; i < lines.Count && closing < 0; i++)
        {
            closing = lines[i].TrimEnd() is "---" or "..." ? i : -1;
        }

        return closing < 0
            ? null
            : Fix.Insert(Location.At(frontMatter.Path, closing + 1, 1), $"{property}: {value}\n", $"Add '{property}: {value}' (the schema's default)");
    }

    // A default as YAML on one line: text (quoted when YAML would read it as something else), a number, true or false, or a list of those.
    private static string? Yaml(object? value) => value switch
    {
        string text => YamlText.Scalar(text),
        bool truth => truth ? "true" : "false",
        long or int or decimal or double => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        JValue json => Yaml(json.Value),
        JArray list when list.Count <= 20 && list.Select(Yaml).ToList() is var items && items.All(i => i is not null && !i.Contains(',') && !i.Contains(']')) =>
            $"[{string.Join(", ", items)}]",
        System.Collections.IEnumerable and not string and not JToken => null,
        _ => null,
    };

    private static bool IsPlainKey(string key) => key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');

    private static string Property(ErrorSite site) => site.Path.Length == 0 ? "the value" : $"'{Excerpt.Of(site.Path)}'";

    // One value in brackets stays one value: a double-quoted one without quotes inside, or a plain one with no flow
    // indicator, comment or quote inside to split or end it.
    private static bool CanBracket(string value) =>
        value.Length > 1 && value[0] == '"' && value[^1] == '"' && value.IndexOf('"', 1) == value.Length - 1
        || (value.Length > 0 && value.IndexOfAny([',', '[', ']', '{', '}', '#', '"', '\'', '&', '*', '!', '|', '>', '%', '@', '`']) < 0 && !value.Contains(": ", StringComparison.Ordinal));
}
