using System.Text;
using ArtifactLint.Configuration;

namespace ArtifactLint.Git;

/// <summary>The repository's workspaces: its <c>.artifactlint.yml</c> files, tracked or not (but not ignored), outside rule folders and fixtures.</summary>
internal static class GitConfigs
{
    /// <summary>The configs, relative to the repository root with '/', ordinally.</summary>
    public static IReadOnlyList<string> Find(GitRepository repository, string schemaDirectory)
    {
        var output = repository.Git.Run(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ConfigLoader.FileName, "*/" + ConfigLoader.FileName])!;
        var configs = Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .Where(p => !p.Split('/').SkipLast(1).Contains("fixtures"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // A rule folder holds fixture workspaces, each with its own config: none of them is the team's workspace.
        var ruleFolders = configs
            .Select(c => (Folder: Path.GetDirectoryName(Path.Combine(repository.TopLevel, c))!, Path: Path.Combine(repository.TopLevel, c)))
            .Where(c => File.Exists(c.Path))
            .SelectMany(c => ConfigLoader.Load(c.Folder, c.Path, schemaDirectory).Config?.RulePaths.Select(p => Path.GetFullPath(p, c.Folder)) ?? [])
            .Select(f => Path.GetRelativePath(repository.TopLevel, f).Replace('\\', '/') + "/")
            .ToArray();
        return [.. configs.Where(c => !ruleFolders.Any(f => c.StartsWith(f, StringComparison.Ordinal)))];
    }
}
