namespace ArtifactLint.Files;

/// <summary>
/// Keeps a cache folder within a byte budget: past it, the files used longest ago go first (a cache hit marks its
/// file used, see <see cref="MarkUsed"/>) until the folder holds at most the budget. Another process may be reading
/// or writing the same folder: a file it has just replaced or removed is skipped, and a reader that loses a file
/// to the trim only misses the cache.
/// </summary>
internal static class CacheTrim
{
    /// <summary>200MB: hundreds of compiled rule sets and findings of many trees, a small share of a disk.</summary>
    public const long DefaultBudget = 200L * 1024 * 1024;

    // In a folder of its own, so that the cache's top level holds only entries.
    private const string StampFolder = ".trim";
    private const string StampName = "last";

    /// <summary>Removes the least recently used files under <paramref name="folder"/> until it holds at most <paramref name="budget"/> bytes.</summary>
    /// <returns>How many files were removed.</returns>
    public static int Trim(string folder, long budget)
    {
        // What each file was when listed: another process may replace or remove one before it is looked at again.
        var files = new List<(string Path, long Length, DateTime Used)>();
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                try
                {
                    if (file.Directory?.Name != StampFolder)
                    {
                        files.Add((file.FullName, file.Length, file.LastWriteTimeUtc));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Gone since it was listed.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        var total = files.Sum(f => f.Length);
        var removed = 0;
        foreach (var (path, length, _) in files.OrderBy(f => f.Used).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            if (total <= budget)
            {
                break;
            }

            try
            {
                File.Delete(path);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Kept by another process (or not ours to remove): count it as gone all the same, so one stuck file cannot empty the cache.
            }

            total -= length;
        }

        return removed;
    }

    /// <summary>
    /// <see cref="Trim"/>, but only when an entry was added since the last trim: adding one renames it into the folder
    /// (or a subfolder), which moves the folder's time past the stamp the last trim left. A run that only read the
    /// cache costs two or three file times, not a listing of every entry.
    /// </summary>
    /// <returns>How many files were removed.</returns>
    public static int TrimIfGrown(string folder, long budget)
    {
        var stamp = Path.Combine(folder, StampFolder, StampName);
        try
        {
            var last = File.Exists(stamp) ? File.GetLastWriteTimeUtc(stamp) : DateTime.MinValue;
            if (FolderTime(folder) <= last)
            {
                return 0;
            }

            var removed = Trim(folder, budget);
            Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
            File.WriteAllBytes(stamp, []);

            // The folders' own times, not the clock: the file system's clock may run coarser than DateTime's.
            File.SetLastWriteTimeUtc(stamp, FolderTime(folder));
            return removed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // When an entry was last added to (or removed from) the folder or one of its subfolders.
    private static DateTime FolderTime(string folder) =>
        Directory.EnumerateDirectories(folder).Select(Directory.GetLastWriteTimeUtc).Append(Directory.GetLastWriteTimeUtc(folder)).Max();

    /// <summary>Marks a cache file as just used, so that a trim keeps it over files not used since.</summary>
    public static void MarkUsed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves hits; it just ages by when it was written.
        }
    }
}
