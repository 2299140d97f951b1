using ArtifactLint.Api;
using ArtifactLint.Files;

namespace ArtifactLint.Loading;

/// <summary>The documents' files in the working tree, read again as the walk read them (size limit, no link out of the workspace).</summary>
internal sealed class WorkingTreeFiles(string root, FileSizeLimit limit, string realRoot) : IDocumentFiles
{
    public string? Read(string path) =>
        TextFileReader.Read(Path.Combine(root, path), path, limit, realRoot).Text is { } text ? DocumentParser.Normalized(text) : null;
}
