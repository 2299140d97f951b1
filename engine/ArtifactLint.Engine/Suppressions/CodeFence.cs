namespace ArtifactLint.Suppressions;

/// <summary>Tracks fenced code blocks (<c>```</c> or <c>~~~</c>) line by line, as CommonMark opens and closes them.</summary>
internal sealed class CodeFence
{
    private char _marker;
    private int _length;

    /// <summary>Whether the line is part of a fenced code block (its fences included); call once per line, in order.</summary>
    public bool IsCode(string line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        var run = 0;
        if (indent < 4 && indent < line.Length && line[indent] is '`' or '~')
        {
            var c = line[indent];
            while (indent + run < line.Length && line[indent + run] == c)
            {
                run++;
            }

            if (run >= 3 && _length == 0)
            {
                _marker = c;
                _length = run;
                return true;
            }

            if (_length > 0 && run >= _length && c == _marker && line.AsSpan(indent + run).IsWhiteSpace())
            {
                _length = 0;
                return true;
            }
        }

        return _length > 0;
    }
}
