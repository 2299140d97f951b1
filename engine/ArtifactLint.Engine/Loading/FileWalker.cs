using System.IO.Enumeration;
using ArtifactLint.Api;
using ArtifactLint.Files;

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

    // Names and folder-or-not only: both come from the listing itself, so no file is stat'ed here (reading it asks what it is).
    private static readonly EnumerationOptions ListingOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private readonly string _realRoot;
    private readonly IReadOnlySet<string> _skipped;
    private readonly FileSizeLimit _limit;
    private readonly RepositoryState? _state;

    // Real path of every folder walked, with the workspace path it was walked at.
    private readonly Dictionary<string, string> _walked = new(StringComparer.Ordinal);
    private readonly List<(string Link, string Path, GitIgnore Ignore)> _links = [];
    private readonly List<string> _files = [];
    private readonly List<Diagnostic> _diagnostics = [];

    private FileWalker(string realRoot, IReadOnlySet<string> skipped, FileSizeLimit limit, RepositoryState? state)
    {
        _realRoot = realRoot;
        _skipped = skipped;
        _limit = limit;
        _state = state;
    }

    /// <param name="root">The workspace root.</param>
    /// <param name="skippedFolders">Folders not walked (rule folders), absolute.</param>
    /// <param name="limit">The size limit a .gitignore is read with.</param>
    /// <param name="state">The repository state to list instead of the disk (<c>--staged</c>, a commit), or null. Git holds no
    /// folder links: a link to a folder is a file there, and is not followed.</param>
    public static WalkResult Walk(string root, IReadOnlySet<string> skippedFolders, FileSizeLimit limit, RepositoryState? state = null)
    {
        var full = Path.GetFullPath(root);
        var walker = new FileWalker(RealPath.OfRoot(root), skippedFolders, limit, state?.Covers(full) == true ? state : null);
        walker._walked.Add(walker._realRoot, string.Empty);
        walker.Visit(full, string.Empty, walker._realRoot, GitIgnore.Empty);

        // After the tree: a folder reached both directly and through a link is walked at its own path, not the link's.
        for (var i = 0; i < walker._links.Count; i++)
        {
            walker.Follow(walker._links[i].Link, walker._links[i].Path, walker._links[i].Ignore);
        }

        walker._files.Sort(StringComparer.Ordinal);
        return new WalkResult(walker._files, walker._diagnostics);
    }

    private void Visit(string folder, string relative, string real, GitIgnore ignore)
    {
        List<(string Name, bool IsDirectory)> entries;
        try
        {
            entries = _state is not null ? [.. _state.List(folder)] : [.. new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), ListingOptions)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            Report(relative, $"the folder '{Display(relative)}' cannot be listed ({why}), so its documents were not checked: give the user running artifactlint permission to read and enter it (chmod a+rx {Display(relative)}), or exclude it in .artifactlint.yml");
            return;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        if (entries.Contains((GitIgnoreName, false)))
        {
            ignore = WithGitIgnore(ignore, relative, Path.Join(folder, GitIgnoreName));
        }

        foreach (var (name, isDirectory) in entries)
        {
            var path = relative.Length == 0 ? name : relative + "/" + name;
            if (!isDirectory)
            {
                if (!ignore.IsIgnored(path, isDirectory: false))
                {
                    _files.Add(path);
                }

                continue;
            }

            var full = Path.Join(folder, name);
            if (name.StartsWith('.') || name == "node_modules" || _skipped.Contains(full) || ignore.IsIgnored(path, isDirectory: true))
            {
                continue;
            }

            if (_state is null && new DirectoryInfo(full).LinkTarget is not null)
            {
                _links.Add((full, path, ignore));
                continue;
            }

            var childReal = Path.Join(real, name);
            if (Claim(childReal, path))
            {
                Visit(full, path, childReal, ignore);
            }
        }
    }

    private void Follow(string link, string path, GitIgnore ignore)
    {
        var target = new DirectoryInfo(link).LinkTarget;
        var real = RealPath.Of(link);
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
    private GitIgnore WithGitIgnore(GitIgnore ignore, string relative, string file)
    {
        var path = relative.Length == 0 ? GitIgnoreName : relative + "/" + GitIgnoreName;
        var read = TextFileReader.Read(file, path, _limit, _realRoot, _state);
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
