using ArtifactLint.Api;
using ArtifactLint.Configuration;
using ArtifactLint.Diagnostics;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// Which findings a run reports. File PATHs restrict the report to findings located in those files or
/// with a related location there (the whole workspace is still loaded); a config, schema or rule file
/// among them, or no file PATH at all, reports everything. Tool failures and problems with a schema or the
/// baseline are always reported.
/// </summary>
internal sealed class ReportFilter
{
    private readonly IReadOnlySet<string>? _files;
    private readonly string[] _folders;

    private ReportFilter(IReadOnlySet<string>? files, string[] folders)
    {
        _files = files;
        _folders = folders;
    }

    public static ReportFilter Create(LintRequest request, LintConfig config)
    {
        var files = FilePaths(request.Paths, request.WorkingDirectory, config.Root, request.State);
        var folders = request.Paths.Select(p => Path.GetFullPath(p, request.WorkingDirectory))
            .Where(f => request.State?.FolderExists(f) ?? Directory.Exists(f))
            .Select(f => Relative(config.Root, f))
            .Where(f => f != ".")
            .ToArray();
        var reportsEverything = files.Any(f => f.EndsWith(".csx", StringComparison.Ordinal)
            || f.EndsWith(".json", StringComparison.Ordinal)
            || Path.GetFileName(f) == ConfigLoader.FileName);
        return reportsEverything || (files.Count == 0 && folders.Length == 0)
            ? new ReportFilter(null, [])
            : new ReportFilter(files.ToHashSet(StringComparer.Ordinal), folders.Select(f => f + "/").ToArray());
    }

    /// <summary>The PATHs that are files, relative to the workspace root with <c>/</c>.</summary>
    public static IReadOnlySet<string> FilePaths(IEnumerable<string> paths, string workingDirectory, string workspaceRoot, Loading.RepositoryState? state = null) =>
        paths.Select(p => Path.GetFullPath(p, workingDirectory))
            .Where(f => state?.FileExists(f) ?? File.Exists(f))
            .Select(f => Relative(workspaceRoot, f))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the file at <paramref name="path"/> (workspace-relative) is one the PATHs name, or inside a folder they name: the files <c>--fix</c> may edit.</summary>
    public bool IncludesFile(string path) =>
        _files is null || _files.Contains(path) || _folders.Any(f => path.StartsWith(f, StringComparison.Ordinal));

    public bool Includes(Diagnostic diagnostic) =>
        _files is null
        || EngineRules.IsToolFailure(diagnostic.Id)
        || IsAboutTheRun(diagnostic.Id)
        || Covers(diagnostic.Location.Path)
        || diagnostic.RelatedLocations.Any(r => Covers(r.Location.Path));

    // A broken schema or baseline changes what every file is checked against: never filter it away.
    private static bool IsAboutTheRun(string id) =>
        id == EngineRules.InvalidSchema.Id || id == EngineRules.UnenforcedSchemaKeyword.Id || id == EngineRules.BaselineError.Id;

    private bool Covers(string path) =>
        _files!.Contains(path) || _folders.Any(f => path.StartsWith(f, StringComparison.Ordinal));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
