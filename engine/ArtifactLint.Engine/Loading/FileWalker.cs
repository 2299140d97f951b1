using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// Lists the files of a workspace. Walks the tree itself (FileSystemGlobbing's walk follows directory links into
/// loops): hidden folders, <c>node_modules</c>, rule folders and what <c>.gitignore</c> ignores are skipped. Folder
/// links are followed last, once, and only inside the workspace: a link out of it, a loop, or a second path to a
/// folder already walked is AL0009, and so is a folder that cannot be listed. Files are only listed here; whether
/// each may be read (a regular file, inside the workspace, within the size limit) is decided when it is read.
/// </summary>
internal sealed class FileWalker
{
    private const string GitIgnoreName = ".gitignore";

    private readonly string _realRoot;
    private readonly IReadOnlySet<string> _skipped;
    private readonly FileSizeLimit _limit;

    // Real path of every folder walked, with the workspace path it was walked at.
    private readonly Dictionary<string, string> _walked = new(StringComparer.Ordinal);
    private readonly List<(DirectoryInfo Link, string Path, GitIgnore Ignore)> _links = [];
    private readonly List<string> _files = [];
    private readonly List<Diagnostic> _diagnostics = [];

    private FileWalker(string realRoot, IReadOnlySet<string> skipped, FileSizeLimit limit)
    {
        _realRoot = realRoot;
        _skipped = skipped;
        _limit = limit;
    }

    public static WalkResult Walk(string root, IReadOnlySet<string> skippedFolders, FileSizeLimit limit)
    {
        var full = Path.GetFullPath(root);
        var walker = new FileWalker(RealPath.OfRoot(root), skippedFolders, limit);
        walker._walked.Add(walker._realRoot, string.Empty);
        walker.Visit(new DirectoryInfo(full), string.Empty, walker._realRoot, GitIgnore.Empty);

        // After the tree: a folder reached both directly and through a link is walked at its own path, not the link's.
        for (var i = 0; i < walker._links.Count; i++)
        {
            walker.Follow(walker._links[i].Link, walker._links[i].Path, walker._links[i].Ignore);
        }

        walker._files.Sort(StringComparer.Ordinal);
        return new WalkResult(walker._files, walker._diagnostics);
    }

    private void Visit(DirectoryInfo folder, string relative, string real, GitIgnore ignore)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            Report(relative, $"the folder '{Display(relative)}' cannot be listed ({why}), so its documents were not checked: give the user running artifactlint permission to read and enter it (chmod a+rx {Display(relative)}), or exclude it in .artifactlint.yml");
            return;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        if (entries.FirstOrDefault(e => e.Name == GitIgnoreName) is FileInfo gitignore)
        {
            ignore = WithGitIgnore(ignore, relative, gitignore);
        }

        foreach (var entry in entries)
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry is not DirectoryInfo directory)
            {
                if (!ignore.IsIgnored(path, isDirectory: false))
                {
                    _files.Add(path);
                }

                continue;
            }

            if (entry.Name.StartsWith('.') || entry.Name == "node_modules" || _skipped.Contains(entry.FullName) || ignore.IsIgnored(path, isDirectory: true))
            {
                continue;
            }

            if (directory.LinkTarget is not null)
            {
                _links.Add((directory, path, ignore));
                continue;
            }

            var childReal = Path.Join(real, entry.Name);
            if (Claim(childReal, path))
            {
                Visit(directory, path, childReal, ignore);
            }
        }
    }

    private void Follow(DirectoryInfo link, string path, GitIgnore ignore)
    {
        var target = link.LinkTarget;
        var real = RealPath.Of(link.FullName);
        if (real is null || !Directory.Exists(real))
        {
            Report(path, $"the folder '{path}' is a link to '{target}', which does not exist or loops; it was skipped: remove the link or point it at a folder of the workspace");
        }
        else if (!RealPath.IsWithin(real, _realRoot))
        {
            Report(path, $"the folder '{path}' is a link to '{target}', which is outside the workspace; it was not walked: copy the documents into the workspace, or remove the link");
        }
        else if (Claim(real, path))
        {
            Visit(link, path, real, ignore);
        }
    }

    /// <summary>Marks a folder as walked at <paramref name="path"/>; false (and AL0009) when it was walked already: a link loop, or two paths to one folder.</summary>
    private bool Claim(string real, string path)
    {
        if (_walked.TryAdd(real, path))
        {
            return true;
        }

        Report(path, $"the folder '{path}' leads back to '{Display(_walked[real])}', which is linted already (a link loop, or a second link to it); it was skipped: remove the link");
        return false;
    }

    // A .gitignore goes through the same checks as a document: a pipe, a device or a link out of the workspace is not read.
    private GitIgnore WithGitIgnore(GitIgnore ignore, string relative, FileInfo file)
    {
        var path = relative.Length == 0 ? GitIgnoreName : relative + "/" + GitIgnoreName;
        var read = TextFileReader.Read(file.FullName, path, _limit, _realRoot);
        if (read.Text is null)
        {
            _diagnostics.Add(read.Diagnostic! with { Message = "the patterns of this .gitignore were not applied: " + read.Diagnostic.Message });
            return ignore;
        }

        return ignore.With(relative, read.Text);
    }

    private void Report(string path, string message) => _diagnostics.Add(LoadingDiagnostics.Unreadable(Display(path), message));

    private static string Display(string relative) => relative.Length == 0 ? "." : relative;
}
