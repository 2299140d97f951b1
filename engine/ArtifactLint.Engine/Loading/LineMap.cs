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
}
