using ArtifactLint.Api;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArtifactLint.Loading;

/// <summary>
/// The parts of a body that Markdig reads as HTML or as plain text: the lines of HTML blocks, inline HTML and
/// literal text, in document order, at whatever depth of list items and block quotes. Code blocks (fenced or
/// indented) and code spans have none of these inside them, so nothing written in code is among the spans.
/// </summary>
internal static class BodySpans
{
    /// <param name="path">The document's path, for locations.</param>
    /// <param name="text">The whole text, front matter included, so that Markdig's lines are file lines.</param>
    /// <param name="bodyLine">The 0-based line where the body starts (after a closed front matter), else 0.</param>
    /// <returns>
    /// One-line spans (one that goes on over several lines, as an inline comment may, is cut at the end of its first
    /// line); null when Markdig refuses the text (its elements are nested too deeply).
    /// </returns>
    public static IReadOnlyList<Location>? OutsideCode(string path, string text, int bodyLine)
    {
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(text, MarkdownPipelines.Document);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }

        var lines = new LineMap(text);
        var spans = new List<Location>();
        foreach (var node in parsed.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    for (var i = 0; i < block.Lines.Count; i++)
                    {
                        var slice = block.Lines.Lines[i].Slice;
                        Add(slice.Start, slice.End + 1);
                    }

                    break;
                case HtmlInline or LiteralInline:
                    Add(node.Span.Start, node.Span.End + 1);
                    break;
            }
        }

        return spans;

        // Markdig reads the front matter on its own terms: whatever it finds before the body is not the body's.
        void Add(int start, int end)
        {
            if (start < 0 || end <= start)
            {
                return;
            }

            var span = lines.SpanOf(path, start, end);
            if (span.Line > bodyLine)
            {
                spans.Add(span);
            }
        }
    }
}
