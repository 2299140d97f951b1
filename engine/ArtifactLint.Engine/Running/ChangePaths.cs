using ArtifactLint.Diagnostics;
using ArtifactLint.Git;
using ArtifactLint.Loading;

namespace ArtifactLint.Running;

/// <summary>The paths of a <c>--staged</c> or <c>--new-since</c> run, spelt as git spells the repository, and as they were in REV.</summary>
internal static class ChangePaths
{
    /// <summary>
    /// The request with its working folder, PATHs, config, baseline and rule folders spelt from git's root: a path through
    /// a link to the repository (<c>$PWD</c> on a system whose temp folder is a link) is one the state covers. Each must
    /// exist in the linted state: a PATH or config only the working tree holds is not part of a staged run.
    /// </summary>
    public static LintRequest Rebased(LintRequest request, GitRepository repository, RepositoryState? state)
    {
        string Spelt(string path) => RealPath.Spelling(Path.GetFullPath(path, request.WorkingDirectory));
        bool Exists(string full) => state?.FileExists(full) == true || state?.FolderExists(full) == true
            || (state is null || !state.Covers(full)) && (File.Exists(full) || Directory.Exists(full));

        var paths = request.Paths.Select(Spelt).ToArray();
        foreach (var (given, full) in request.Paths.Zip(paths))
        {
            if (!Exists(full))
            {
                throw new UsageException(state is null ? $"the path '{given}' does not exist" : $"the path '{given}' is not in git's index: stage it, or lint without --staged");
            }
        }

        var rules = request.RuleDirectories.Select(Spelt).ToArray();
        foreach (var (given, full) in request.RuleDirectories.Zip(rules).Where(r => !Exists(r.Second)))
        {
            throw new UsageException($"the rule folder '{given}' is not in git's index: stage its rules, or lint without --staged");
        }

        var config = request.ConfigFile is { } c ? Spelt(c) : null;
        if (config is not null && !Exists(config))
        {
            throw new UsageException(state is null
                ? $"the config file '{request.ConfigFile}' does not exist"
                : $"the config file '{request.ConfigFile}' is not in git's index: stage it, or lint without --staged");
        }

        return request with
        {
            WorkingDirectory = repository.WorkingFolder,
            Paths = paths,
            ConfigFile = config,
            BaselineFile = request.BaselineFile is { } b ? Spelt(b) : null,
            RuleDirectories = rules,
        };
    }

    /// <summary>The request as REV knew it: a config and PATHs that git sees as renamed since REV, at their old paths.</summary>
    public static LintRequest AsBefore(LintRequest request, GitRepository repository, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return request;
        }

        var before = renames.ToDictionary(r => r.Value, r => r.Key, StringComparer.Ordinal);
        string Old(string full)
        {
            if (!IsInside(full, repository))
            {
                return full;
            }

            var relative = Path.GetRelativePath(repository.TopLevel, full).Replace('\\', '/');
            if (before.TryGetValue(relative, out var old))
            {
                return Path.Combine(repository.TopLevel, old);
            }

            // A folder PATH whose files all moved together: the folder of the old path of one of them.
            var moved = before.FirstOrDefault(b => b.Key.StartsWith(relative + "/", StringComparison.Ordinal));
            return moved.Key is null || !moved.Value.EndsWith(moved.Key[relative.Length..], StringComparison.Ordinal)
                ? full
                : Path.Combine(repository.TopLevel, moved.Value[..^(moved.Key.Length - relative.Length)]);
        }

        return request with
        {
            Paths = [.. request.Paths.Select(Old)],
            ConfigFile = request.ConfigFile is { } config ? Old(config) : null,
        };
    }

    public static bool IsInside(string full, GitRepository repository) =>
        full.StartsWith(repository.TopLevel + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
