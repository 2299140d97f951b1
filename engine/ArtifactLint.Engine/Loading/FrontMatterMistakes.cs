using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// Front matters that are almost right and would otherwise pass unchecked: an opening line that is not
/// exactly <c>---</c>, and an unclosed front matter that runs on into the body until a later <c>---</c>.
/// Each becomes an AL0001 message; the document is then not validated, and says why.
/// </summary>
internal static class FrontMatterMistakes
{
    /// <summary>
    /// A message when the first line starts with <c>---</c> but is not a front matter's opening line
    /// (<c>----</c>, <c>---x</c>) and a later <c>---</c> or <c>...</c> line shows that one was meant; else null.
    /// </summary>
    public static string? MisspeltOpening(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }

        var firstEnd = FrontMatterLocator.LineEnd(text, 0);
        for (var lineStart = firstEnd + 1; lineStart < text.Length;)
        {
            var end = FrontMatterLocator.LineEnd(text, lineStart);
            if (FrontMatterLocator.IsClosing(text, lineStart, end))
            {
                var closing = 1 + text.AsSpan(0, lineStart).Count('\n');
                return $"the first line '{Quote(text[..firstEnd])}' is not a front matter's opening line, so nothing up to the '---' at line {closing} is read: "
                    + "write the first line as exactly '---'";
            }

            lineStart = end + 1;
        }

        return null;
    }

    /// <summary>
    /// A message when a closed front matter holds a Markdown heading set off by blank lines
    /// (<c>\n\n# Heading\n\n</c>): the closing <c>---</c> was forgotten and a thematic break of the body
    /// closed it instead, so the body is read as YAML. Null when there is no such heading.
    /// </summary>
    public static string? SwallowedBody(string text, FrontMatterBounds bounds)
    {
        var previousBlank = false;
        for (var lineStart = bounds.YamlStart; lineStart < bounds.YamlEnd;)
        {
            var end = FrontMatterLocator.LineEnd(text, lineStart);
            var line = text.AsSpan(lineStart, end - lineStart).TrimEnd('\r');
            var next = end + 1;
            if (previousBlank && IsHeading(line) && next < bounds.YamlEnd && IsBlank(text, next, FrontMatterLocator.LineEnd(text, next)))
            {
                var headingLine = 1 + text.AsSpan(0, lineStart).Count('\n');
                var closingLine = 1 + text.AsSpan(0, bounds.YamlEnd).Count('\n');
                return $"the front matter opened at line 1 is not closed before the body: line {headingLine} ('{Quote(line.ToString())}') reads as the body's first heading, "
                    + $"and the '---' at line {closingLine} closes the front matter instead, so the lines between are read as YAML. "
                    + $"Add a line with --- after the front matter's last property (if line {headingLine} is a YAML comment, remove the blank lines around it)";
            }

            previousBlank = line.IsWhiteSpace();
            lineStart = next;
        }

        return null;
    }

    // A Markdown ATX heading: one to six '#', then a space and some text. (To YAML it is a comment.)
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length - 1 && line[hashes] is ' ' or '\t' && !line[hashes..].IsWhiteSpace();
    }

    private static bool IsBlank(string text, int start, int end) => text.AsSpan(start, end - start).IsWhiteSpace();

    private static string Quote(string line) => Excerpt.Of(line.TrimEnd('\r'));
}
