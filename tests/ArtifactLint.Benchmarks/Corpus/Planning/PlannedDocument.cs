namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// A document's place in the corpus, decided before any text is written. Index is its 0-based
/// position among the documents of its kind; Path is relative to the workspace root, with '/'.
/// </summary>
internal sealed record PlannedDocument(DocumentKind Kind, int Index, string Id, string Path, Breakage Breakage)
{
    public bool IsBroken => Breakage != Breakage.None;
}
