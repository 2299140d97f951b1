using ArtifactLint.Files;
using ArtifactLint.Running;
using ArtifactLint.Settings;

namespace ArtifactLint.Watching;

/// <summary>What a change of would change the lint: the workspace root, and the rule and schema folders outside it.</summary>
internal static class WatchTargets
{
    /// <summary>
    /// The root (recursively: documents, config, team schemas and rules inside it), then the folders outside the root
    /// of the rules (<c>rule_paths</c>, <c>--rules</c>), of the team schemas and the files they refer to (<c>$ref</c>),
    /// and of the baseline. Computed again after every run, since the config may have moved them; a broken config
    /// still leaves the root and <c>--rules</c>.
    /// </summary>
    public static (string Root, IReadOnlyList<WatchFolder> Folders) For(LintRequest request)
    {
        var (root, loaded) = WorkspaceConfig.Locate(request);
        root = Path.GetFullPath(root);
        var config = loaded.Config ?? new LintConfig { Root = root };
        var files = SchemaReferences.Closure(config.Kinds.Select(k => k.Schema).OfType<string>().Select(s => Path.GetFullPath(s, root)), out _)
            .Append(Path.GetFullPath(BaselinePhase.FileOf(request, config)));
        var outside = request.RuleFolders(config)
            .Concat(files.Select(f => Path.GetDirectoryName(f)!))
            .Select(f => f.TrimEnd(Path.DirectorySeparatorChar))
            .Where(f => !IsInside(f, root))
            .Distinct(FileNames.Comparer)
            .Order(StringComparer.Ordinal)
            .Select(f => new WatchFolder(f, Recursive: false));
        return (root, [new WatchFolder(root, Recursive: true), .. outside]);
    }

    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
