using System.Text;
using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

/// <summary>A document as front matter entries plus a body, so a breakage can edit one entry.</summary>
internal sealed class GeneratedDocument
{
    public GeneratedDocument(PlannedDocument planned)
    {
        Planned = planned;
    }

    public PlannedDocument Planned { get; }

    public List<FrontMatterEntry> Entries { get; } = [];

    public string Body { get; set; } = "";

    public bool Closed { get; set; } = true;

    public GeneratedDocument Add(string key, string value)
    {
        Entries.Add(new FrontMatterEntry(key, value));
        return this;
    }

    public GeneratedDocument AddText(string key, string text) => Add(key, Yaml.Scalar(text));

    public GeneratedDocument AddList(string key, IEnumerable<string> items) => Add(key, Yaml.List(items));

    public GeneratedDocument AddBlock(string key, IReadOnlyList<string> lines)
    {
        Entries.Add(new FrontMatterEntry(key, "", lines));
        return this;
    }

    public int IndexOf(string key) => Entries.FindLastIndex(e => e.Key == key);

    /// <summary>1-based line of the last entry with this key; the opening "---" is line 1.</summary>
    public int LineOf(string key)
    {
        int index = IndexOf(key);
        return index < 0 ? 1 : 2 + Entries.Take(index).Sum(e => e.LineCount);
    }

    public string Render()
    {
        var text = new StringBuilder(2048).Append("---\n");
        foreach (var entry in Entries)
        {
            text.Append(entry.Key).Append(':');
            if (entry.Value.Length > 0)
            {
                text.Append(' ').Append(entry.Value);
            }

            text.Append('\n');
            foreach (string line in entry.Block)
            {
                text.Append(line).Append('\n');
            }
        }

        if (Closed)
        {
            text.Append("---\n");
        }

        return text.Append(Body).ToString();
    }
}
