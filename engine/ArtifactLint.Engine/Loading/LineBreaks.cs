namespace ArtifactLint.Loading;

/// <summary>
/// Line breaks as every part of the engine reads them. A lone <c>\r</c> (classic Mac OS line endings)
/// is a line break to YAML, Markdig and editors alike; it becomes <c>\n</c> here, once, so that the
/// front matter locator, line lists and positions all agree. The text keeps its length, so no index moves.
/// </summary>
internal static class LineBreaks
{
    public static string WithoutLoneCarriageReturns(string text)
    {
        var first = LoneCarriageReturn(text, 0);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i >= 0; i = LoneCarriageReturn(state.text, i + 1))
            {
                span[i] = '\n';
            }
        });
    }

    private static int LoneCarriageReturn(string text, int from)
    {
        for (var i = text.IndexOf('\r', from); i >= 0; i = text.IndexOf('\r', i + 1))
        {
            if (i + 1 == text.Length || text[i + 1] != '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
