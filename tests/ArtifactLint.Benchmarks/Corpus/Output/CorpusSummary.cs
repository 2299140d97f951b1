using System.Globalization;
using ArtifactLint.Benchmarks.Corpus.Planning;

namespace ArtifactLint.Benchmarks.Corpus.Output;

internal static class CorpusSummary
{
    /// <summary>One line: documents per kind, planted mistakes per breakage, size of the Markdown documents.</summary>
    public static string Describe(GeneratedCorpus corpus, string folder)
    {
        var counts = corpus.Plan.Counts;
        var documents = corpus.Files.Where(f => f.IsDocument).ToList();
        long bytes = documents.Sum(f => (long)f.Content.Length);
        string kinds = string.Join(", ", DocumentKinds.All.Select(k => $"{DocumentKinds.Name(k)} {counts[k]}"));
        string broken = string.Join(", ", corpus.Breakages.GroupBy(b => b.Breakage).OrderBy(g => g.Key).Select(g => $"{Breakages.Name(g.Key)} {g.Count()}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{documents.Count} documents in {folder} ({kinds}); {corpus.Breakages.Count} broken ({broken}); {bytes} bytes ({bytes / 1048576.0:0.00} MB, {bytes / Math.Max(1, documents.Count)} bytes per document on average)");
    }
}
