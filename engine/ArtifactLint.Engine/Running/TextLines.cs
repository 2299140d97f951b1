namespace ArtifactLint.Running;

/// <summary>
/// A document's lines as <see cref="Api.Document.Lines"/> reads them (split at <c>\n</c>, without the
/// <c>\r</c>), found as far as they are asked for: a finding in the front matter of a 10 MB document
/// looks at a few lines, not at every line of the body.
/// </summary>
internal sealed class TextLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public TextLines(string text)
    {
        _text = text;
    }

    /// <summary>The 1-based line, or an empty span with false past the last line.</summary>
    public bool TryGet(int line, out ReadOnlySpan<char> text)
    {
        while (_starts.Count < line && _starts[^1] <= _text.Length)
        {
            var next = _text.IndexOf('\n', _starts[^1]);
            _starts.Add(next < 0 ? _text.Length + 1 : next + 1);
        }

        if (line < 1 || line > _starts.Count || _starts[line - 1] > _text.Length)
        {
            text = default;
            return false;
        }

        var start = _starts[line - 1];
        var end = _text.IndexOf('\n', start);
        text = _text.AsSpan(start, (end < 0 ? _text.Length : end) - start).TrimEnd('\r');
        return true;
    }
}
