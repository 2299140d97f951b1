namespace ArtifactLint.Loading;

/// <summary>Finds the workspace root and its config (PRODUCT.md §3).</summary>
internal static class WorkspaceLocator
{
    /// <summary>The config's file name, which marks a workspace root.</summary>
    public const string ConfigFileName = ".artifactlint.yml";

    /// <summary>
    /// With <paramref name="explicitConfig"/>, that file's folder is the root. Otherwise walk up from the
    /// first directory among <paramref name="paths"/> (else the first file's folder, else <paramref name="workingDirectory"/>) to the first
    /// folder holding <c>.artifactlint.yml</c>, stopping at the first folder that holds <c>.git</c>;
    /// without a config the root is the first directory PATH, else <paramref name="workingDirectory"/>.
    /// </summary>
    /// <param name="paths">The PATH arguments.</param>
    /// <param name="workingDirectory">Where they are relative to.</param>
    /// <param name="explicitConfig"><c>-c FILE</c>, or null.</param>
    /// <param name="state">The repository state looked in instead of the disk (<c>--staged</c>, a commit), or null: the
    /// workspace and its config are found the same way whatever that state holds besides.</param>
    public static (string Root, string? ConfigPath) Locate(IReadOnlyList<string> paths, string workingDirectory, string? explicitConfig, RepositoryState? state = null)
    {
        bool FileExists(string path) => state?.FileExists(path) ?? File.Exists(path);
        bool FolderExists(string path) => state?.FolderExists(path) ?? Directory.Exists(path);

        if (explicitConfig is not null)
        {
            var config = Path.GetFullPath(explicitConfig, workingDirectory);
            return (Path.GetDirectoryName(config)!, config);
        }

        // The first folder PATH, else the folder of the first file PATH (a pre-commit hook passes only files,
        // and a workspace in a subfolder must still find its own config), else the working directory.
        var full = paths.Select(p => Path.GetFullPath(p, workingDirectory)).ToArray();
        var start = full.FirstOrDefault(FolderExists)
            ?? full.Where(FileExists).Select(Path.GetDirectoryName).FirstOrDefault()
            ?? Path.GetFullPath(workingDirectory);
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ConfigFileName);
            if (FileExists(candidate))
            {
                return (folder.FullName, candidate);
            }

            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                break;
            }
        }

        // Without a config the root is the first folder PATH, else the working directory (PRODUCT.md §3):
        // a file's own folder would make backlog/PB-1.md look like PB-1.md, outside the kind's folder.
        return (full.FirstOrDefault(FolderExists) ?? Path.GetFullPath(workingDirectory), null);
    }

    /// <summary>The root of the git repository holding <paramref name="folder"/>, or null outside git.</summary>
    public static string? GitRoot(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
