namespace ArtifactLint.Loading;

/// <summary>
/// A path with every link resolved, component by component, as the operating system would (a link's <c>..</c> is
/// taken from where the link really is, not from the text of the path): what says whether a path stays in the workspace.
/// </summary>
internal static class RealPath
{
    // Linux and macOS give up after 40 and 32 links; a chain longer than this is a loop.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (its missing tail kept as written), or null for a link loop or an unreadable link.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var rest = new Stack<string>(Components(full[current.Length..]).Reverse());
        var links = 0;
        while (rest.TryPop(out var name))
        {
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Join(current, name);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var part in Components(target).Reverse())
            {
                rest.Push(part);
            }
        }

        return current;
    }

    /// <summary>The real path of a workspace root: what links in the workspace are compared with (<c>/tmp</c> may be <c>/private/tmp</c>).</summary>
    public static string OfRoot(string root)
    {
        var full = Path.GetFullPath(root);
        return Of(full) ?? full;
    }

    /// <summary>The real path of the longest part of <paramref name="full"/> that exists, with the rest as written (git spells a repository's root so).</summary>
    public static string Spelling(string full)
    {
        var rest = new Stack<string>();
        for (var path = full; path is not null; path = Path.GetDirectoryName(path))
        {
            if ((File.Exists(path) || Directory.Exists(path)) && Of(path) is { } real)
            {
                return rest.Aggregate(real, Path.Combine);
            }

            rest.Push(Path.GetFileName(path));
        }

        return full;
    }

    /// <summary>Whether <paramref name="realPath"/> is <paramref name="realRoot"/> or lies below it (both real paths).</summary>
    public static bool IsWithin(string realPath, string realRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(realRoot);
        return realPath == root
            || (realPath.StartsWith(root, StringComparison.Ordinal) && realPath.Length > root.Length
                && (Path.EndsInDirectorySeparator(root) || realPath[root.Length] == Path.DirectorySeparatorChar));
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
