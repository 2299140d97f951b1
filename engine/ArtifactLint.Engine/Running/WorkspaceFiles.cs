using ArtifactLint.Api;
using ArtifactLint.Configuration;
using ArtifactLint.Loading;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ArtifactLint.Running;

/// <summary>The documents of a workspace: every file the walk finds that the config includes and does not exclude.</summary>
internal static class WorkspaceFiles
{
    public static WalkResult List(LintConfig config, LintRequest request)
    {
        var ruleFolders = RuleFolders(config, request).ToHashSet(StringComparer.Ordinal);
        var walk = FileWalker.Walk(config.Root, ruleFolders, config.MaxFileSize, request.State);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(config.Include);
        matcher.AddExcludePatterns(config.Exclude);
        var included = matcher.Match(config.Root, walk.Files.Select(f => Path.Combine(config.Root, f)))
            .Files.Select(f => f.Path)
            .ToHashSet(StringComparer.Ordinal);
        return new WalkResult(walk.Files.Where(included.Contains).ToArray(), NotExcluded(config, walk.Diagnostics));
    }

    /// <summary>The team's rule folders (<c>rule_paths</c> and <c>--rules</c>), absolute: they hold rule docs and fixtures, not product documents.</summary>
    public static IEnumerable<string> RuleFolders(LintConfig config, LintRequest request) =>
        config.RulePaths.Select(p => Path.GetFullPath(p, config.Root))
            .Concat(request.RuleDirectories.Select(p => Path.GetFullPath(p, request.WorkingDirectory)))
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
