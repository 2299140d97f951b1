namespace ArtifactLint.Benchmarks.Corpus.Documents;

/// <summary>One top-level key: "key: Value" followed by Block lines (already indented).</summary>
internal sealed record FrontMatterEntry(string Key, string Value, IReadOnlyList<string> Block)
{
    public FrontMatterEntry(string key, string value)
        : this(key, value, [])
    {
    }

    public int LineCount => 1 + Block.Count;
}
