using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class DocumentLinks
{
    /// <summary>A relative Markdown link from one planned document to another, labelled with its id.</summary>
    public static string To(CorpusPlan plan, PlannedDocument from, DocumentKind kind, int index)
    {
        var target = plan.Get(kind, index);
        return MarkdownWriter.Link(target.Id, from.Path, target.Path);
    }

    public static IEnumerable<string> Ids(DocumentKind kind, IEnumerable<int> indexes) => indexes.Select(i => DocumentKinds.Id(kind, i));
}
