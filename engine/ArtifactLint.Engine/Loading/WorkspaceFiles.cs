using ArtifactLint.Api;
using ArtifactLint.Settings;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ArtifactLint.Loading;

/// <summary>The documents of a workspace: every file the walk finds that the config includes and does not exclude.</summary>
internal static class WorkspaceFiles
{
    /// <summary>The workspace's documents, leaving out <paramref name="ruleFolders"/> (absolute: they hold rule docs and fixtures).</summary>
    public static WalkResult List(LintConfig config, IEnumerable<string> ruleFolders, RepositoryState? state)
    {
        var walk = FileWalker.Walk(config.Root, ruleFolders.ToHashSet(StringComparer.Ordinal), config.MaxFileSize, state);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(config.Include);
        matcher.AddExcludePatterns(config.Exclude);
        var included = matcher.Match(config.Root, walk.Files.Select(f => Path.Combine(config.Root, f)))
            .Files.Select(f => f.Path)
            .ToHashSet(StringComparer.Ordinal);
        return new WalkResult(walk.Files.Where(included.Contains).ToArray(), NotExcluded(config, walk.Diagnostics));
    }

    /// <summary>
    /// The team's rule folders (<c>rule_paths</c>, and <paramref name="extraFolders"/> from <c>--rules</c> relative to
    /// <paramref name="workingDirectory"/>), absolute: they hold rule docs and fixtures, not product documents.
    /// </summary>
    public static IEnumerable<string> RuleFolders(LintConfig config, IEnumerable<string> extraFolders, string workingDirectory) =>
        config.RulePaths.Select(p => Path.GetFullPath(p, config.Root))
            .Concat(extraFolders.Select(p => Path.GetFullPath(p, workingDirectory)))
            .Select(p => p.TrimEnd(Path.DirectorySeparatorChar));

    // A folder the walk could not enter is reported unless the config excludes it (exclude: ["private/**"]), and so
    // whatever it holds: the walk does not know which names the include globs would have taken.
    private static Diagnostic[] NotExcluded(LintConfig config, IReadOnlyList<Diagnostic> walk)
    {
        if (config.Exclude.Count == 0 || walk.Count == 0)
        {
            return [.. walk];
        }

        var excluded = new Matcher(StringComparison.Ordinal);
        excluded.AddInclude("**");
        excluded.AddExcludePatterns(config.Exclude);
        return [.. walk.Where(d => excluded.Match(d.Location.Path).HasMatches && excluded.Match(d.Location.Path + "/-").HasMatches)];
    }
}
