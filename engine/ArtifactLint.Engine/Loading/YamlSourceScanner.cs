using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads what YamlDotNet's parser does not give reliably: comments (its comment events break on
/// <c>[a, b] # note</c>) and tabs that indent a line (it reports those at the wrong place).
/// Quoted and block scalars are passed as index ranges, since a <c>#</c> or a tab inside them is text.
/// </summary>
internal static class YamlSourceScanner
{
    public static IReadOnlyList<YamlComment> Comments(string path, string yaml, int firstLine, List<(long Start, long End)> textRanges)
    {
        if (!yaml.Contains('#'))
        {
            return [];
        }

        var comments = new List<YamlComment>();
        var line = 1;
        var lineStart = 0;
        var hasContent = false;
        var range = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                hasContent = false;
            }
            else if (c == '#' && (i == lineStart || yaml[i - 1] is ' ' or '\t') && !IsInside(textRanges, ref range, i))
            {
                var end = yaml.IndexOf('\n', i);
                end = end < 0 ? yaml.Length : end;
                var text = yaml.AsSpan(i + 1, end - i - 1).Trim().ToString();
                comments.Add(new YamlComment(text, Location.At(path, firstLine + line - 1, i - lineStart + 1), hasContent));
                i = end - 1;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                hasContent = true;
            }
        }

        return comments;
    }

    /// <summary>
    /// The first tab in the leading whitespace of a line between <paramref name="fromLine"/> and
    /// <paramref name="toLine"/> (1-based, in <paramref name="yaml"/>), outside quoted and block scalars.
    /// Blank and comment-only lines count only when <paramref name="anyLine"/> is set.
    /// </summary>
    public static (int Line, int Column, bool IsBlank)? FirstLeadingTab(
        string yaml, List<(long Start, long End)> textRanges, long fromLine, long toLine, bool anyLine)
    {
        if (!yaml.Contains('\t'))
        {
            return null;
        }

        var range = 0;
        var lineStart = 0;
        for (var line = 1; line <= toLine && lineStart < yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', lineStart);
            end = end < 0 ? yaml.Length : end;
            var tab = -1;
            var i = lineStart;
            for (; i < end && yaml[i] is ' ' or '\t'; i++)
            {
                tab = tab < 0 && yaml[i] == '\t' ? i : tab;
            }

            var isBlank = i == end || yaml[i] is '#' or '\r';
            if (tab >= 0 && line >= fromLine && (anyLine || !isBlank) && !IsInside(textRanges, ref range, tab))
            {
                return (line, tab - lineStart + 1, isBlank);
            }

            lineStart = end + 1;
        }

        return null;
    }

    // Ranges are sorted and positions only grow, so the cursor never moves back.
    private static bool IsInside(List<(long Start, long End)> ranges, ref int cursor, int index)
    {
        while (cursor < ranges.Count && ranges[cursor].End <= index)
        {
            cursor++;
        }

        return cursor < ranges.Count && ranges[cursor].Start <= index;
    }
}
