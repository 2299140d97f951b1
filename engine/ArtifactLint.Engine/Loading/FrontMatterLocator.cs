namespace ArtifactLint.Loading;

/// <summary>
/// Finds the front matter before Markdig sees the text: Markdig would end an unclosed front matter at
/// the first later <c>---</c> anywhere in the body, so "never closed" has to be decided here.
/// </summary>
internal static class FrontMatterLocator
{
    /// <summary>The front matter of <paramref name="text"/> when its first line is <c>---</c>; null otherwise.</summary>
    public static FrontMatterBounds? Find(string text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsMarker(text, 0, firstEnd, "---"))
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

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
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
