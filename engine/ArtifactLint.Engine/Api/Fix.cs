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

    /// <summary>
    /// A fix that removes element <paramref name="index"/> of the list at <paramref name="field"/>, written either way
    /// YAML allows: from <c>[a, b, c]</c> with the comma that joins it to the next (or, the last, to the one before),
    /// from a block list with its <c>- </c> line; the only element leaves an empty list <c>[]</c>. Null when the field
    /// holds no list or has no such element, or an element is written over several lines.
    /// </summary>
    /// <param name="artifact">The artifact whose list it is.</param>
    /// <param name="field">The list field (<c>BacklogItem.Fields.Dependencies</c>).</param>
    /// <param name="index">The element's index, from 0.</param>
    /// <param name="title">What the fix does; default "Remove 'ELEMENT' from FIELD".</param>
    public static Fix? RemoveListElement(Artifact artifact, string field, int index, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(field);
        if (artifact.ListOf(field) is not { Value: FrontMatterList list } value || index < 0 || index >= list.Items.Length
            || list.Items.Any(i => i.Span.Line != i.Span.EndLine || i.Span.Line < 1))
        {
            return null;
        }

        var path = artifact.Path;
        var lines = artifact.Document.Lines;
        var item = list.Items[index].Span;
        title ??= $"Remove '{Excerpt.Of(list.Items[index].Text)}' from '{field}'";
        var line = item.Line <= lines.Count ? lines[item.Line - 1] : string.Empty;
        var block = item.Column >= 3 && line.AsSpan(0, item.Column - 1).TrimEnd().EndsWith("-", StringComparison.Ordinal)
            && line.AsSpan(0, item.Column - 1).Trim().SequenceEqual("-");
        if (list.Items.Length == 1 && block)
        {
            // "- PB-2" becomes "[]", where the dash was.
            var dash = line.IndexOf('-', StringComparison.Ordinal) + 1;
            return new Fix(title, [new TextEdit(new Location(path, item.Line, dash, item.EndLine, item.EndColumn), "[]")]);
        }

        if (list.Items.Length == 1)
        {
            var whole = value.Span;
            if (whole.Line < 1 || whole.EndLine > lines.Count)
            {
                return null;
            }

            // A block list's span runs to the start of the line after it: the line break stays. A flow list's ends
            // before its closing bracket, which goes with it.
            var runsOn = whole.EndColumn == 1 && whole.EndLine > whole.Line;
            var endColumn = whole.EndColumn;
            var last = lines[whole.EndLine - 1];
            while (!runsOn && endColumn - 1 < last.Length && last[endColumn - 1] == ' ')
            {
                endColumn++;
            }

            if (!runsOn && endColumn - 1 < last.Length && last[endColumn - 1] == ']')
            {
                endColumn++;
            }
            else if (!runsOn)
            {
                endColumn = whole.EndColumn;
            }

            return new Fix(title, [new TextEdit(new Location(path, whole.Line, whole.Column, whole.EndLine, endColumn), runsOn ? "[]\n" : "[]")]);
        }

        if (block)
        {
            var end = item.Line < lines.Count ? new Location(path, item.Line, 1, item.Line + 1, 1) : new Location(path, item.Line, 1, item.Line, line.Length + 1);
            return new Fix(title, [new TextEdit(end, string.Empty)]);
        }

        // A flow list: up to the next element, or, for the last, from the end of the one before.
        var span = index < list.Items.Length - 1
            ? new Location(path, item.Line, item.Column, list.Items[index + 1].Span.Line, list.Items[index + 1].Span.Column)
            : new Location(path, list.Items[index - 1].Span.EndLine, list.Items[index - 1].Span.EndColumn, item.EndLine, item.EndColumn);
        return new Fix(title, [new TextEdit(span, string.Empty)]);
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
