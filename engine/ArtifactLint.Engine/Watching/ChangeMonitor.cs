using System.Diagnostics;

namespace ArtifactLint.Watching;

/// <summary>
/// Collects file system changes under the watched folders and hands them out in batches, each after a
/// quiet period: editors save in several steps (temp file, rename, touch), and one save is one re-lint.
/// </summary>
internal sealed class ChangeMonitor : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WatchFolder, FileSystemWatcher> _watchers = [];
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private string _root = "";
    private long _lastChange;
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Watches exactly <paramref name="folders"/> from now on: keeps the watchers it has, starts the new
    /// ones, stops the rest. Returns a message for each folder that could not be watched.
    /// </summary>
    public IReadOnlyList<string> Watch(string root, IReadOnlyList<WatchFolder> folders)
    {
        var problems = new List<string>();
        lock (_gate)
        {
            _root = root;
        }

        foreach (var gone in _watchers.Keys.Except(folders).ToArray())
        {
            _watchers[gone].Dispose();
            _watchers.Remove(gone);
        }

        foreach (var folder in folders.Where(f => !_watchers.ContainsKey(f) && Directory.Exists(f.Path)))
        {
            try
            {
                _watchers[folder] = Start(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Typically the inotify watch limit: the lint still works, it just misses changes there.
                problems.Add($"cannot watch '{folder.Path}' for changes: {e.Message}");
            }
        }

        return problems;
    }

    /// <summary>
    /// Waits for a change, then for <paramref name="quiet"/> without further change, and returns what changed
    /// (paths relative to the root, with <c>/</c>; outside it, absolute), sorted.
    /// </summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        Task pending;
        lock (_gate)
        {
            pending = _pending.Task;
        }

        await pending.WaitAsync(cancellation).ConfigureAwait(false);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                wait = quiet - Stopwatch.GetElapsedTime(_lastChange);
                if (wait <= TimeSpan.Zero)
                {
                    var batch = _changed.ToArray();
                    _changed.Clear();
                    _pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    return batch;
                }
            }

            await Task.Delay(wait, cancellation).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private FileSystemWatcher Start(WatchFolder folder)
    {
        var watcher = new FileSystemWatcher(folder.Path)
        {
            IncludeSubdirectories = folder.Recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        watcher.Changed += (_, e) =>
        {
            // A folder's own timestamp moves whenever a file in it does, swap files included.
            if (!Directory.Exists(e.FullPath))
            {
                Changed(e.FullPath);
            }
        };

        // The event buffer overflowed: something changed, and re-linting is the safe answer.
        watcher.Error += (_, _) => Changed(folder.Path);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Changed(string fullPath)
    {
        var isFolder = Directory.Exists(fullPath);
        lock (_gate)
        {
            var path = WatchTargets.IsInside(fullPath, _root)
                ? Path.GetRelativePath(_root, fullPath).Replace('\\', '/')
                : fullPath;
            if (!ChangeFilter.IsRelevant(path, isFolder))
            {
                return;
            }

            _changed.Add(path);
            _lastChange = Stopwatch.GetTimestamp();
            _pending.TrySetResult();
        }
    }
}
