using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// Where each line of a text starts, to turn a 0-based line and a character index into a 1-based
/// location whose column counts UTF-16 code units. Line breaks are \n, \r\n and a lone \r, as in Markdig.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public Location LocationOf(string path, int zeroBasedLine, int index)
    {
        var line = Math.Clamp(zeroBasedLine, 0, _starts.Count - 1);
        var column = Math.Max(index - _starts[line], 0) + 1;
        return Location.At(path, line + 1, column);
    }

    /// <summary>The characters from index <paramref name="start"/> to before <paramref name="end"/>, cut at the end of the first one's line.</summary>
    public Location SpanOf(string path, int start, int end)
    {
        var line = _starts.BinarySearch(start);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _starts[line];
        var cut = line + 1 < _starts.Count ? Math.Min(end, _starts[line + 1] - 1) : end;
        return new Location(path, line + 1, start - lineStart + 1, line + 1, Math.Max(cut, start) - lineStart + 1);
    }
}
