using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>
/// Finds the suppression comments of a document: <c># artifactlint-disable…</c> YAML comments in the front
/// matter and <c>&lt;!-- artifactlint-disable… --&gt;</c> HTML comments in the body (not in code blocks or
/// code spans, where they are examples). Only documents and lines that contain the marker are looked at.
/// </summary>
internal static class SuppressionScanner
{
    public const string Marker = "artifactlint-disable";

    public static IReadOnlyList<SuppressionComment> Find(Document document)
    {
        if (!document.Text.Contains(Marker, StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<SuppressionComment>();
        var lines = document.Lines;
        foreach (var comment in document.FrontMatter?.Comments ?? [])
        {
            if (comment.Text.StartsWith(Marker, StringComparison.Ordinal))
            {
                var line = comment.Location.Line;
                var end = line <= lines.Count ? lines[line - 1].TrimEnd().Length + 1 : comment.Location.Column + 1;
                found.Add(new SuppressionComment(comment.Text, comment.Location with { EndColumn = end }));
            }
        }

        FindInBody(document.Path, lines, BodyLine(document, lines.Count), found);
        return found;
    }

    // The 1-based first line after the front matter; past the end when the front matter is never closed.
    private static int BodyLine(Document document, int lineCount) =>
        document.HasOpenFrontMatter ? lineCount + 1 : document.ClosingLine + 1;

    private static void FindInBody(string path, IReadOnlyList<string> lines, int firstLine, List<SuppressionComment> found)
    {
        var fence = new CodeFence();
        for (var n = firstLine; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!fence.IsCode(line) && line.Contains(Marker, StringComparison.Ordinal))
            {
                FindInLine(path, n, line, found);
            }
        }
    }

    private static void FindInLine(string path, int n, string line, List<SuppressionComment> found)
    {
        var from = 0;

        // An odd number of backticks before a comment means it is inside `code`; they are counted once along
        // the line, so a line of thousands of comments stays linear.
        int ticks = 0, counted = 0;
        while (from < line.Length && line.IndexOf("<!--", from, StringComparison.Ordinal) is var open and >= 0)
        {
            from = open + 4;
            ticks += line.AsSpan(counted, open - counted).Count('`');
            counted = open;
            var textStart = from;
            while (textStart < line.Length && char.IsWhiteSpace(line[textStart]))
            {
                textStart++;
            }

            if (!line.AsSpan(textStart).StartsWith(Marker, StringComparison.Ordinal) || ticks % 2 == 1)
            {
                continue;
            }

            var close = line.IndexOf("-->", textStart, StringComparison.Ordinal);
            if (close < 0)
            {
                var location = new Location(path, n, open + 1, n, line.TrimEnd().Length + 1);
                found.Add(new SuppressionComment(line[textStart..].Trim(), location, "the comment is not closed on its line, end it with -->"));
                return;
            }

            found.Add(new SuppressionComment(line[textStart..close].Trim(), new Location(path, n, open + 1, n, close + 4)));
            from = close + 3;
        }
    }
}
