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
            var (document, diagnostics) = LoadOne(root, files[i], limit, realRoot, state);
            documents[i] = document;
            foreach (var diagnostic in diagnostics)
            {
                found.Add(diagnostic);
            }
        });
        return new([.. documents.OfType<Document>()], [.. found]);
    }

    /// <summary>
    /// Reads and parses one file: <paramref name="text"/> when given (an editor's unsaved buffer), else the file at
    /// <paramref name="path"/> under <paramref name="root"/>. A file that cannot be read is no document and one AL0009.
    /// </summary>
    public static PhaseResult<Document?> LoadOne(string root, string path, FileSizeLimit limit, string realRoot, RepositoryState? state, string? text = null)
    {
        if (text is null)
        {
            var file = TextFileReader.Read(Path.Combine(root, path), path, limit, realRoot, state);
            if (file.Text is null)
            {
                return new(null, [file.Diagnostic!]);
            }

            text = file.Text;
        }

        var parsed = DocumentParser.Parse(path, text);
        return new(parsed.Document, parsed.Diagnostics);
    }
}
