using System.Collections.Concurrent;
using System.Text;

namespace ArtifactLint.Loading;

/// <summary>
/// The files of a git repository in a state other than its working tree: what is staged (git's index) or what a
/// commit holds. Inside the repository, the walk lists, and every reader reads, this state instead of the disk: a file
/// the state does not hold (an untracked one) does not exist, and a file that differs from the working tree is read
/// from git. Files the working tree holds unchanged are read from disk, as they would be without a state.
/// </summary>
internal sealed class RepositoryState
{
    private const int MostLinks = 40;
    private const int MostLinkTarget = 4096;

    private readonly string _top;
    private readonly Dictionary<string, StateFile> _files;
    private readonly Dictionary<string, List<(string Name, bool IsDirectory)>> _folders = new(StringComparer.Ordinal);
    private readonly Func<IReadOnlyCollection<string>, long, IReadOnlyDictionary<string, StateContent>> _load;
    private readonly ConcurrentDictionary<string, StateContent> _contents = new(StringComparer.Ordinal);
    private readonly Lock _loading = new();

    /// <param name="top">The repository root, absolute.</param>
    /// <param name="missing">Why a file the state lacks was not read, for AL0009 and AL0006 ("it is not staged: ...").</param>
    /// <param name="files">Every file of the state.</param>
    /// <param name="load">Reads blobs by id, many at once, each only when it is no larger than the size given.</param>
    public RepositoryState(string top, string missing, IEnumerable<StateFile> files, Func<IReadOnlyCollection<string>, long, IReadOnlyDictionary<string, StateContent>> load)
    {
        _top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(top));
        Missing = missing;
        _load = load;
        _files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _folders[string.Empty] = [];
        foreach (var path in _files.Keys)
        {
            AddToFolders(path);
        }

        foreach (var entries in _folders.Values)
        {
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
    }

    public string Missing { get; }

    /// <summary>Whether <paramref name="fullPath"/> lies in the repository, where this state stands for the disk.</summary>
    public bool Covers(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        return full == _top || (full.StartsWith(_top, StringComparison.Ordinal) && full.Length > _top.Length && full[_top.Length] == Path.DirectorySeparatorChar);
    }

    public StateFile? FileAt(string fullPath) => _files.GetValueOrDefault(Relative(fullPath));

    public bool FileExists(string fullPath) => Covers(fullPath) ? FileAt(fullPath) is not null : File.Exists(fullPath);

    public bool FolderExists(string fullPath) => Covers(fullPath) ? _folders.ContainsKey(Relative(fullPath)) : Directory.Exists(fullPath);

    /// <summary>The names in a folder of the state, ordinally, each with whether it is a folder; none for a folder the state lacks.</summary>
    public IReadOnlyList<(string Name, bool IsDirectory)> List(string fullFolder) => _folders.GetValueOrDefault(Relative(fullFolder)) ?? [];

    /// <summary>The full path of a file of the state.</summary>
    public string FullPath(StateFile file) => Path.Combine(_top, file.Path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file a link leads to inside the state (links followed, relative to the link's folder); null when it leaves the repository, loops or leads nowhere.</summary>
    public StateFile? Resolve(StateFile link)
    {
        var file = link;
        for (var hops = 0; file is { IsLink: true } && hops < MostLinks; hops++)
        {
            var target = Encoding.UTF8.GetString(Content(file, MostLinkTarget).Bytes ?? []);
            if (target.Length == 0 || target.Contains('\0'))
            {
                return null;
            }

            var next = Path.GetFullPath(target, Path.GetDirectoryName(FullPath(file))!);
            file = Covers(next) ? FileAt(next) : null;
        }

        return file is { IsLink: false } ? file : null;
    }

    /// <summary>
    /// What git holds for the file (for a link, its target's name); only its size when it is larger than <paramref name="most"/>
    /// bytes; <see cref="StateContent.Missing"/> when git does not have the content here (a partial clone fetches nothing for a lint).
    /// </summary>
    public StateContent Content(StateFile file, long most)
    {
        if (_contents.TryGetValue(file.BlobId, out var content) && Enough(content, most))
        {
            return content;
        }

        lock (_loading)
        {
            Prefetch([file], most);
            return _contents.GetValueOrDefault(file.BlobId) ?? StateContent.Missing;
        }
    }

    /// <summary>Reads in one request those of <paramref name="fullPaths"/> that are not read from disk, before they are read in parallel.</summary>
    public void Prefetch(IEnumerable<string> fullPaths, long most)
    {
        var files = fullPaths.Where(Covers).Select(FileAt).OfType<StateFile>();
        lock (_loading)
        {
            Prefetch(files, most);
        }
    }

    private void Prefetch(IEnumerable<StateFile> files, long most)
    {
        var ids = files.Where(f => !f.SameAsWorkingTree || f.IsLink)
            .Select(f => f.BlobId)
            .Where(id => !_contents.TryGetValue(id, out var known) || !Enough(known, most))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (id, content) in _load(ids, most))
        {
            _contents[id] = content;
        }
    }

    // A blob read only for its size (too large then) must be read again for a caller that allows more.
    private static bool Enough(StateContent content, long most) => content.Bytes is not null || content.Size > most;

    private string Relative(string fullPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        return full.Length <= _top.Length ? string.Empty : full[(_top.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
    }

    private void AddToFolders(string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : path[..slash];
        _folders.GetValueOrDefault(folder)?.Add((path[(slash + 1)..], false));
        if (_folders.ContainsKey(folder))
        {
            return;
        }

        _folders[folder] = [(path[(slash + 1)..], false)];
        for (var child = folder; ;)
        {
            var up = child.LastIndexOf('/');
            var parent = up < 0 ? string.Empty : child[..up];
            var name = child[(up + 1)..];
            if (_folders.TryGetValue(parent, out var siblings))
            {
                siblings.Add((name, true));
                return;
            }

            _folders[parent] = [(name, true)];
            child = parent;
        }
    }
}
