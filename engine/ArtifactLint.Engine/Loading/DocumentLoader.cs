using System.Collections.Concurrent;
using ArtifactLint.Api;
using ArtifactLint.Files;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads and parses every file once, in parallel; a file that may not or cannot be read (not a regular file, larger
/// than <c>max_file_size</c>, a link out of the workspace, not UTF-8 text) becomes AL0009 and is skipped.
/// </summary>
internal static class DocumentLoader
{
    public static PhaseResult<IReadOnlyList<Document>> Load(string root, IReadOnlyList<string> files, FileSizeLimit limit, RepositoryState? state = null)
    {
        var realRoot = RealPath.OfRoot(root);
        state?.Prefetch(files.Select(f => Path.Combine(root, f)), limit.Bytes);
        var documents = new Document?[files.Count];
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, files.Count, i =>
        {
            var file = TextFileReader.Read(Path.Combine(root, files[i]), files[i], limit, realRoot, state);
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
        return new([.. documents.OfType<Document>()], [.. found]);
    }
}
