using ArtifactLint.Api;
using ArtifactLint.Running;

namespace ArtifactLint.Loading;

/// <summary>
/// Lists the files of a workspace. Walks the tree itself (FileSystemGlobbing's walk follows directory
/// links into loops): a linked folder is entered once, a loop becomes AL0009; hidden folders,
/// <c>node_modules</c>, rule folders and what <c>.gitignore</c> ignores are skipped.
/// </summary>
internal static class FileWalker
{
    public static WalkResult Walk(string root, IReadOnlySet<string> skippedFolders)
    {
        var files = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(root) };
        Visit(new DirectoryInfo(root), string.Empty, GitIgnore.Empty, visited, skippedFolders, files, diagnostics);
        files.Sort(StringComparer.Ordinal);
        return new WalkResult(files, diagnostics);
    }

    private static void Visit(DirectoryInfo folder, string relative, GitIgnore ignore, HashSet<string> visited, IReadOnlySet<string> skipped, List<string> files, List<Diagnostic> diagnostics)
    {
        var gitignore = Path.Combine(folder.FullName, ".gitignore");
        if (File.Exists(gitignore))
        {
            ignore = ignore.With(relative, gitignore);
        }

        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry is DirectoryInfo directory)
            {
                if (entry.Name.StartsWith('.') || entry.Name == "node_modules" || skipped.Contains(entry.FullName) || ignore.IsIgnored(path, isDirectory: true))
                {
                    continue;
                }

                var real = RealPath(directory);
                if (real is null || !visited.Add(real))
                {
                    diagnostics.Add(new Diagnostic(EngineRules.UnreadableFile, EngineRules.UnreadableFile.DefaultSeverity, Location.StartOf(path),
                        $"the folder '{path}' is a link that leads back into the workspace (a link loop) or nowhere; it was skipped: remove the link or point it elsewhere"));
                    continue;
                }

                Visit(directory, path, ignore, visited, skipped, files, diagnostics);
            }
            else if (!ignore.IsIgnored(path, isDirectory: false))
            {
                files.Add(path);
            }
        }
    }

    private static string? RealPath(DirectoryInfo directory)
    {
        if (directory.LinkTarget is null)
        {
            return directory.FullName;
        }

        try
        {
            return directory.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target ? Path.GetFullPath(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
