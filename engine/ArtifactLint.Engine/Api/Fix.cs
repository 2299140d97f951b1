namespace ArtifactLint.Api;

/// <summary>
/// A change that resolves a finding: text edits with a title that says what they do ("Quote the version as \"4.10\"").
/// A finding's <see cref="Diagnostic.Fix"/> is applied by <c>lint --fix</c> and offered first by editors; its
/// <see cref="Diagnostic.Suggestions"/> are alternatives a person chooses among, never applied by <c>--fix</c>.
/// Build fixes from model locations (<see cref="Artifact.LocationOf(string)"/>), never from hand-counted offsets.
/// </summary>
/// <param name="Title">What the fix does, in the product's words.</param>
/// <param name="Edits">The edits, in any order; they must not overlap.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>A fix that writes <paramref name="text"/> in place of what is at <paramref name="location"/>.</summary>
    /// <param name="location">The span to replace (a value's location, from <see cref="Artifact.LocationOf(string)"/>).</param>
    /// <param name="text">The text written instead, as YAML or Markdown source.</param>
    /// <param name="title">What the fix does; default "Write TEXT".</param>
    public static Fix Replace(Location location, string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(text);
        return new Fix(title ?? $"Write {Excerpt.Of(text)}", [new TextEdit(location, text)]);
    }

    /// <summary>
    /// A fix that writes <paramref name="value"/> as a YAML value in place of the value at <paramref name="location"/>:
    /// plain where YAML reads it back as that same text (<c>PB-12</c>, <c>in-progress</c>), else double-quoted (<c>"4.10"</c>).
    /// </summary>
    /// <param name="location">The value's location (<see cref="Artifact.LocationOf(string, int)"/> for one element of a list).</param>
    /// <param name="value">The text the value must read as.</param>
    /// <param name="title">What the fix does; default "Write 'VALUE'".</param>
    /// <returns>The fix, or null for a value written over several lines (a block scalar), which a one-line value would not replace cleanly.</returns>
    public static Fix? ReplaceValue(Location location, string value, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(value);
        return location.Line != location.EndLine
            ? null
            : new Fix(title ?? $"Write '{Excerpt.Of(value)}'", [new TextEdit(location, YamlText.Scalar(value))]);
    }

    /// <summary>A fix that inserts <paramref name="text"/> at the start of <paramref name="at"/>.</summary>
    /// <param name="at">Where to insert (its start).</param>
    /// <param name="text">The text inserted; <c>\n</c> is written as the file's line break.</param>
    /// <param name="title">What the fix does.</param>
    public static Fix Insert(Location at, string text, string title)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(text);
        return new Fix(title, [new TextEdit(Location.At(at.Path, at.Line, at.Column), text)]);
    }
}
