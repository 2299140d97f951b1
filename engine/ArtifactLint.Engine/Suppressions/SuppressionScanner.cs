using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Suppressions;

/// <summary>
/// Finds the suppression comments of a document: <c># artifactlint-disable…</c> YAML comments in the front
/// matter and <c>&lt;!-- artifactlint-disable… --&gt;</c> HTML comments in the body (not in code blocks or
/// code spans, where they are examples, however deep in list items and block quotes). Only documents that contain
/// the marker are looked at, and only their body's HTML and text that contains it (Markdig says which parts those are).
/// </summary>
internal static class SuppressionScanner
{
    public const string Marker = Suppression.Marker;

    public static IReadOnlyList<SuppressionComment> Find(Document document)
    {
        if (!document.MentionsSuppression)
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

        if (!document.HasOpenFrontMatter)
        {
            FindInBody(document, found);
        }

        return found;
    }

    // Markdig says where the body has HTML or text: a comment in a code block or code span, at any depth of list
    // items and block quotes, is an example and never reaches here.
    private static void FindInBody(Document document, List<SuppressionComment> found)
    {
        var lines = document.Lines;
        var unclosedLine = 0;
        foreach (var span in BodySpans.OutsideCode(document.Path, document.Text, document.ClosingLine) ?? EveryLine(document))
        {
            var line = lines[span.Line - 1];
            var from = span.Column - 1;
            var to = Math.Min(span.EndColumn - 1, line.Length);
            if (span.Line != unclosedLine && line.AsSpan(from, to - from).Contains(Marker, StringComparison.Ordinal)
                && !FindInSpan(document.Path, span.Line, line, from, to, found))
            {
                unclosedLine = span.Line;
            }
        }
    }

    // A body Markdig cannot read (nested too deeply) is read as text, line by line, so that its suppressions still count.
    private static IEnumerable<Location> EveryLine(Document document) =>
        Enumerable.Range(document.ClosingLine + 1, document.Lines.Count - document.ClosingLine)
            .Select(n => new Location(document.Path, n, 1, n, document.Lines[n - 1].Length + 1));

    // The comments that start between from and to; false when one is not closed there (it then takes the rest of the line).
    private static bool FindInSpan(string path, int n, string line, int from, int to, List<SuppressionComment> found)
    {
        while (from < to && line.IndexOf("<!--", from, to - from, StringComparison.Ordinal) is var open and >= 0)
        {
            from = open + 4;
            var textStart = from;
            while (textStart < to && char.IsWhiteSpace(line[textStart]))
            {
                textStart++;
            }

            if (!line.AsSpan(textStart, to - textStart).StartsWith(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            var close = line.IndexOf("-->", textStart, to - textStart, StringComparison.Ordinal);
            if (close < 0)
            {
                var location = new Location(path, n, open + 1, n, line.TrimEnd().Length + 1);
                found.Add(new SuppressionComment(line[textStart..].Trim(), location, "the comment is not closed on its line, end it with -->"));
                return false;
            }

            found.Add(new SuppressionComment(line[textStart..close].Trim(), new Location(path, n, open + 1, n, close + 4)));
            from = close + 3;
        }

        return true;
    }
}
