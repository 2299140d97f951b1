namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>The mistakes planted in the corpus, so the linter's error paths are timed too.</summary>
internal enum Breakage
{
    None,
    UnclosedQuote,
    TabIndentation,
    DuplicateKey,
    StatusTypo,
    MissingTitle,
    EstimateAsText,
    UnquotedVersion,
    BrokenReference,
    DuplicateId,
    UnclosedFrontMatter,
}
