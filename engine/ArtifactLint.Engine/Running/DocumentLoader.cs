using System.Collections.Concurrent;
using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Running;

/// <summary>Reads and parses every file once, in parallel; unreadable files become AL0009 and are skipped.</summary>
internal static class DocumentLoader
{
    public static IReadOnlyList<Document> Load(string root, IReadOnlyList<string> files, List<Diagnostic> diagnostics)
    {
        var documents = new Document?[files.Count];
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, files.Count, i =>
        {
            var file = TextFileReader.Read(Path.Combine(root, files[i]), files[i]);
            if (file.Text is null)
            {
                found.Add(file.Diagnostic!);
                return;
            }

            var parsed = DocumentParser.Parse(files[i], file.Text);
            documents[i] = parsed.Document;
            foreach (var diagnostic in parsed.Diagnostics)
            {
                found.Add(diagnostic);
            }
        });
        diagnostics.AddRange(found);
        return documents.OfType<Document>().ToArray();
    }
}
