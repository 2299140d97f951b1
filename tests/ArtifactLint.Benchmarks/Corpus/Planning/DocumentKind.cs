namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>The artifact kinds of PRODUCT.md §2, in the order their documents are written.</summary>
internal enum DocumentKind
{
    Vision,
    Goal,
    RoadmapItem,
    BacklogItem,
    Sprint,
    Release,
    Idea,
}
