using ArtifactLint.Benchmarks.Corpus.Planning;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

/// <summary>Where a planted mistake is, for the manifest: the line the linter should point at.</summary>
internal sealed record AppliedBreakage(string Path, int Line, Breakage Breakage, string Detail);
