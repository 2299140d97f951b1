namespace ArtifactLint.Benchmarks.Corpus.Output;

/// <summary>One file of the corpus: its path relative to the root (with '/') and its exact bytes.</summary>
internal sealed record CorpusFile(string Path, byte[] Content)
{
    public bool IsDocument => Path.EndsWith(".md", StringComparison.Ordinal);
}
