using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class DocumentText
{
    /// <summary>Distinct note sentences about an area, as one paragraph.</summary>
    public static string Notes(Area area, Random random, int sentences = 4) =>
        string.Join(" ", random.Shuffled(Text.Notes.Sentences).Take(sentences).Select(n => Phrases.Fill(n, area)));
}
