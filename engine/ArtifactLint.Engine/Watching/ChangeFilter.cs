namespace ArtifactLint.Watching;

/// <summary>Which file system events can change a lint, so that editors' swap files and git's own files do not re-run it.</summary>
internal static class ChangeFilter
{
    // Documents, config, schemas, rules and .gitignore.
    private static readonly HashSet<string> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".yml", ".yaml", ".json", ".csx", ".gitignore",
    };

    /// <summary>
    /// Whether a change at <paramref name="path"/> (relative to the root with <c>/</c>, or absolute) can change the lint.
    /// A folder that appears may bring documents; a folder that goes away cannot be told from a temp file
    /// (sed's, for one), and is noticed at the next change.
    /// </summary>
    public static bool IsRelevant(string path, bool isFolder)
    {
        var parts = path.Split('/', '\\');
        if (parts.Any(p => p == ".git"))
        {
            return false;
        }

        var name = parts[^1];

        // Emacs locks 'name.md' with a link '.#name.md'; other editors' swap and backup files have their own extensions.
        return !name.StartsWith(".#", StringComparison.Ordinal)
            && (isFolder || s_extensions.Contains(Path.GetExtension(name)));
    }
}
