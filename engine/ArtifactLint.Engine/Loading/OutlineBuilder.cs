using ArtifactLint.Api;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using Table = ArtifactLint.Api.Table;

namespace ArtifactLint.Loading;

/// <summary>
/// Parses a document's text with Markdig once and extracts its outline. Markdig's positions are
/// 0-based; they become 1-based locations here and nowhere else.
/// </summary>
internal sealed class OutlineBuilder
{
    /// <summary>
    /// How much of a body is read for its outline. Markdig takes about 3 µs a list item: ten megabytes of
    /// one-line tasks would take several seconds, far beyond what a product document needs.
    /// </summary>
    public const int MaxBodyLength = 1_000_000;

    private readonly string _path;
    private readonly LineMap _lines;
    private readonly List<Heading> _headings = [];
    private readonly List<TaskItem> _tasks = [];
    private readonly List<Link> _links = [];
    private readonly List<Table> _tables = [];
    private Heading? _section;

    private OutlineBuilder(string path, LineMap lines)
    {
        _path = path;
        _lines = lines;
    }

    /// <param name="path">The document's path, for locations.</param>
    /// <param name="text">The whole text, front matter included, so that Markdig's lines are file lines.</param>
    /// <param name="bodyLine">The 0-based line where the body starts (after a closed front matter), else 0.</param>
    public static DocumentOutline Build(string path, string text, int bodyLine) => Build(path, text, bodyLine, out _);

    /// <param name="path">The document's path, for locations.</param>
    /// <param name="text">The whole text, front matter included, so that Markdig's lines are file lines.</param>
    /// <param name="bodyLine">The 0-based line where the body starts (after a closed front matter), else 0.</param>
    /// <param name="problem">AL0015 when part of the body was not read: past <see cref="MaxBodyLength"/>, or Markdown Markdig refuses.</param>
    public static DocumentOutline Build(string path, string text, int bodyLine, out Diagnostic? problem)
    {
        problem = null;
        if (text.Length == 0)
        {
            return DocumentOutline.Empty;
        }

        var (end, cutLine, cutColumn) = AnalysedPart(text, bodyLine);
        var analysed = end < text.Length ? text[..end] : text;
        var builder = new OutlineBuilder(path, new LineMap(analysed));
        try
        {
            // Markdig decides about front matter on its own and disagrees on edge cases (an empty one, one
            // closed by '...'): whatever it makes of the lines before the body is not part of the outline.
            foreach (var block in Markdown.Parse(analysed, MarkdownPipelines.Document))
            {
                if (block.Line >= bodyLine)
                {
                    builder.Walk(block);
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Markdig gives up on elements nested thousands deep ("depth limit exceeded").
            problem = LoadingDiagnostics.BodyNotChecked(
                Location.At(path, bodyLine + 1, 1),
                "this body cannot be read as Markdown: its elements are nested too deeply, so none of its headings, task lists, links and tables is checked; simplify the text");
            return DocumentOutline.Empty;
        }

        if (end < text.Length)
        {
            problem = LoadingDiagnostics.BodyNotChecked(
                Location.At(path, cutLine, cutColumn),
                $"this body is longer than the {MaxBodyLength:N0} characters read for headings, task lists, links and tables: from here on none of them is checked (acceptance criteria included); split the document, or keep long text such as logs and exports out of it");
        }

        return new DocumentOutline(builder._headings, builder._tasks, builder._links, builder._tables);
    }

    // Where the part read ends, and the location of the first character not read: the last line break within
    // MaxBodyLength of the body's start, or MaxBodyLength itself (never half of a surrogate pair) when the body
    // is one long line.
    private static (int End, int Line, int Column) AnalysedPart(string text, int bodyLine)
    {
        var bodyStart = 0;
        for (var line = 0; line < bodyLine && bodyStart < text.Length; bodyStart++)
        {
            if (IsBreak(text, bodyStart))
            {
                line++;
            }
        }

        if (text.Length - bodyStart <= MaxBodyLength)
        {
            return (text.Length, 0, 0);
        }

        var lastBreak = text.AsSpan(bodyStart, MaxBodyLength).LastIndexOfAny('\n', '\r');
        if (lastBreak < 0)
        {
            var limit = bodyStart + MaxBodyLength;
            var end = char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
            return (end, bodyLine + 1, end - bodyStart + 1);
        }

        // A CRLF is one break: its LF goes with the part read.
        var after = bodyStart + lastBreak + 1;
        if (text[after - 1] == '\r' && after < text.Length && text[after] == '\n')
        {
            after++;
        }

        var lines = bodyLine;
        for (var i = bodyStart; i < after; i++)
        {
            if (IsBreak(text, i))
            {
                lines++;
            }
        }

        return (after, lines + 1, 1);
    }

    // A line ends at LF, or at a CR that no LF follows (as LineMap counts lines).
    private static bool IsBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    private void Walk(Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                return;
            case HeadingBlock heading:
                _section = new Heading(heading.Level, InlineText.Of(heading.Inline), LocationOf(heading));
                _headings.Add(_section);
                break;
            case MarkdigTable table:
                _tables.Add(ReadTable(table));
                break;
            case ListItemBlock item when item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList task }:
                _tasks.Add(new TaskItem(InlineText.After(task), task.Checked, LocationOf(item), _section));
                break;
        }

        if (block is LeafBlock { Inline: { } inline })
        {
            CollectLinks(inline);
        }
        else if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Walk(child);
            }
        }
    }

    private void CollectLinks(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: false } link:
                    _links.Add(new Link(InlineText.Of(link), link.Url ?? string.Empty, LocationOf(link)));
                    break;
                case AutolinkInline autolink:
                    _links.Add(new Link(autolink.Url, autolink.Url, LocationOf(autolink)));
                    break;
                case ContainerInline nested:
                    CollectLinks(nested);
                    break;
            }
        }
    }

    private Table ReadTable(MarkdigTable table)
    {
        IReadOnlyList<string> headers = [];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = row.Select(cell => CellText((TableCell)cell)).ToArray();
            if (row.IsHeader && headers.Count == 0)
            {
                headers = cells;
            }
            else if (!row.IsHeader)
            {
                rows.Add(cells);
            }
        }

        return new Table(headers, rows, LocationOf(table));
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(leaf => InlineText.Of(leaf.Inline)));

    private Location LocationOf(MarkdownObject node) => _lines.LocationOf(_path, node.Line, node.Span.Start);
}
