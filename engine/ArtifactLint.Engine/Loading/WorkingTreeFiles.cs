using ArtifactLint.Api;
using ArtifactLint.Files;

namespace ArtifactLint.Loading;

/// <summary>The documents' files in the working tree, read again as the walk read them (size limit, no link out of the workspace).</summary>
internal sealed class WorkingTreeFiles(string root, FileSizeLimit limit, string realRoot) : IDocumentFiles
{
    /// <summary>The real path of the workspace root: a link whose target is outside it is not read.</summary>
    public string RealRoot => realRoot;

    public string? Read(string path) =>
        TextFileReader.Read(Path.Combine(root, path), path, limit, realRoot).Text is { } text ? DocumentParser.Normalized(text) : null;
}
