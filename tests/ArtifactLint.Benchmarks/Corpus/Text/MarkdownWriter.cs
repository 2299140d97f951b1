using System.Text;

namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>Builds a Markdown body with "\n" line endings and one blank line between blocks.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Paragraph(string text) => Block(text);

    public MarkdownWriter Heading(string title) => Block("## " + title);

    public MarkdownWriter Bullets(IEnumerable<string> items) => Block(string.Join("\n", items.Select(i => "- " + i)));

    public MarkdownWriter Numbered(IEnumerable<string> items) => Block(string.Join("\n", items.Select((i, n) => $"{n + 1}. {i}")));

    public MarkdownWriter TaskList(IEnumerable<(string Text, bool Done)> items) =>
        Block(string.Join("\n", items.Select(i => (i.Done ? "- [x] " : "- [ ] ") + i.Text)));

    public MarkdownWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<string> { Row(header), Row(header.Select(_ => "---").ToArray()) };
        lines.AddRange(rows.Select(Row));
        return Block(string.Join("\n", lines));
    }

    public override string ToString() => _text.ToString();

    public static string Link(string text, string fromPath, string toPath) => $"[{text}]({Relative(fromPath, toPath)})";

    /// <summary>The relative link from one workspace path to another, both with '/'.</summary>
    public static string Relative(string fromPath, string toPath)
    {
        string[] from = fromPath.Split('/')[..^1];
        string[] to = toPath.Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join("/", to[common..]);
    }

    private static string Row(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private MarkdownWriter Block(string text)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(text).Append('\n');
        return this;
    }
}
