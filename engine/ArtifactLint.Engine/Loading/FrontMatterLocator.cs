namespace ArtifactLint.Loading;

/// <summary>
/// Finds the front matter before Markdig sees the text: Markdig would end an unclosed front matter at
/// the first later <c>---</c> anywhere in the body, so "never closed" has to be decided here.
/// </summary>
internal static class FrontMatterLocator
{
    /// <summary>
    /// The front matter of <paramref name="text"/> when its first line is <c>---</c> (a YAML comment may
    /// follow it, as YAML allows after a document marker); null otherwise.
    /// </summary>
    public static FrontMatterBounds? Find(string text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsOpening(text, firstEnd))
        {
            return null;
        }

        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        for (var lineStart = yamlStart; lineStart < text.Length;)
        {
            var end = LineEnd(text, lineStart);
            if (IsMarker(text, lineStart, end, "---") || IsMarker(text, lineStart, end, "..."))
            {
                return new FrontMatterBounds(yamlStart, lineStart, IsClosed: true);
            }

            lineStart = end + 1;
        }

        return new FrontMatterBounds(yamlStart, text.Length, IsClosed: false);
    }

    /// <summary>The index where the line that starts at <paramref name="start"/> ends (its <c>\n</c>, or the text's end).</summary>
    public static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is a closing marker (<c>---</c> or <c>...</c>).</summary>
    public static bool IsClosing(string text, int start, int end) =>
        IsMarker(text, start, end, "---") || IsMarker(text, start, end, "...");

    private static bool IsOpening(string text, int firstEnd)
    {
        if (IsMarker(text, 0, firstEnd, "---"))
        {
            return true;
        }

        // '--- # about this file': the comment must be set off by white space, as YAML requires.
        var comment = text.IndexOf('#', 0, firstEnd);
        return comment > 3 && text[comment - 1] is ' ' or '\t' && IsMarker(text, 0, comment, "---");
    }

    // The line is the marker followed by nothing but spaces, tabs and the '\r' of a CRLF.
    private static bool IsMarker(string text, int start, int end, string marker)
    {
        if (end - start < 3 || string.CompareOrdinal(text, start, marker, 0, 3) != 0)
        {
            return false;
        }

        for (var i = start + 3; i < end; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
