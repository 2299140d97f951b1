using System.Text;
using ArtifactLint.Api;

namespace ArtifactLint.Fixing;

/// <summary>
/// A file's text as read from disk (byte order mark and line breaks as they are), with the lines findings are located
/// in: 1-based, split at <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c>, as the parser splits them, columns counted
/// in UTF-16 code units from the first character after the mark. Edits are applied to the text itself, so that
/// everything not edited stays byte for byte what it was.
/// </summary>
internal sealed class FileText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public FileText(string text)
    {
        Text = text;
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        var ends = new List<int>();
        for (var i = starts[0]; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                ends.Add(i);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        ends.Add(text.Length);
        _starts = [.. starts];
        _ends = [.. ends];
        LineBreak = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : text.Contains('\r') && !text.Contains('\n') ? "\r" : "\n";
    }

    /// <summary>The text, byte order mark included.</summary>
    public string Text { get; }

    /// <summary>The file's own line break, for text a fix inserts: <c>\r\n</c> when it has any, else <c>\n</c>.</summary>
    public string LineBreak { get; }

    /// <summary>Where a 1-based line and column are in <see cref="Text"/>, or null past the line's end or the last line.</summary>
    public int? OffsetOf(int line, int column)
    {
        if (line < 1 || line > _starts.Length || column < 1)
        {
            return null;
        }

        var offset = _starts[line - 1] + column - 1;
        return offset <= _ends[line - 1] ? offset : null;
    }

    /// <summary>The span of <paramref name="location"/> in <see cref="Text"/>, or null when it is not in this file's lines.</summary>
    public (int Start, int End)? SpanOf(Location location) =>
        OffsetOf(location.Line, location.Column) is { } start && OffsetOf(location.EndLine, location.EndColumn) is { } end && end >= start
            ? (start, end)
            : null;

    /// <summary>The text with <paramref name="edits"/> applied (they must not overlap: <see cref="FixPlan"/> sees to it), or null when one is out of range.</summary>
    public string? With(IEnumerable<TextEdit> edits)
    {
        var spans = new List<(int Start, int End, string Text)>();
        foreach (var edit in edits)
        {
            if (SpanOf(edit.Location) is not { } span)
            {
                return null;
            }

            spans.Add((span.Start, span.End, edit.NewText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", LineBreak, StringComparison.Ordinal)));
        }

        var result = new StringBuilder(Text);
        foreach (var (start, end, text) in spans.OrderByDescending(s => s.Start).ThenByDescending(s => s.End))
        {
            result.Remove(start, end - start).Insert(start, text);
        }

        return result.ToString();
    }
}
