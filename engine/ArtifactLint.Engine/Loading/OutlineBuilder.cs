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
    public static DocumentOutline Build(string path, string text, int bodyLine)
    {
        if (text.Length == 0)
        {
            return DocumentOutline.Empty;
        }

        var builder = new OutlineBuilder(path, new LineMap(text));

        // Markdig decides about front matter on its own and disagrees on edge cases (an empty one, one
        // closed by '...'): whatever it makes of the lines before the body is not part of the outline.
        foreach (var block in Markdown.Parse(text, MarkdownPipelines.Document))
        {
            if (block.Line >= bodyLine)
            {
                builder.Walk(block);
            }
        }

        return new DocumentOutline(builder._headings, builder._tasks, builder._links, builder._tables);
    }

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
