using ArtifactLint.Benchmarks.Corpus.Documents;
using ArtifactLint.Benchmarks.Corpus.Planning;

namespace ArtifactLint.Benchmarks.Corpus.Output;

internal sealed record GeneratedCorpus(CorpusPlan Plan, IReadOnlyList<CorpusFile> Files, IReadOnlyList<AppliedBreakage> Breakages);
