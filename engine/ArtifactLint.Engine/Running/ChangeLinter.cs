using ArtifactLint.Baselines;
using ArtifactLint.Diagnostics;
using ArtifactLint.Git;
using ArtifactLint.Scripting;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// <c>lint --staged</c> and <c>--new-since REV</c>: lints the current state (git's index, or the working tree) and REV's,
/// and reports only the findings REV did not have, wherever they are. REV's findings come from the cache when that tree
/// was linted before; a staged run also keeps its own, under the tree the commit will have, so that the next commit
/// finds HEAD's findings there.
/// </summary>
internal static class ChangeLinter
{
    public static LintResult Run(LintRequest request, ChangeRequest change)
    {
        try
        {
            return Compare(request, change);
        }
        catch (GitException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static LintResult Compare(LintRequest request, ChangeRequest change)
    {
        var repository = GitRepository.Find(request.WorkingDirectory, change.Variables);
        var revision = change.Since ?? "HEAD";
        var since = repository.TreeOf(revision);
        if (since is null && (revision != "HEAD" || repository.HasCommits))
        {
            throw new UsageException($"'{revision}' does not name a commit of this repository: give a branch, a tag or a commit id ('git rev-parse {revision}' must succeed)");
        }

        var until = change.Staged && change.Until is { } end
            ? repository.TreeOf(end) ?? throw new UsageException($"'{end}' (PRE_COMMIT_TO_REF) does not name a commit of this repository")
            : null;
        var currentTree = !change.Staged ? null : until ?? repository.IndexTree()
            ?? throw new UsageException("git's index has unresolved merge conflicts, so there is no commit to lint yet: resolve them and stage the files ('git add'), then commit");
        var current = !change.Staged ? null : until is not null ? GitStates.Tree(repository, until, change.Until!) : GitStates.Index(repository, currentTree!);

        // Every path of the run spelt from git's root (links resolved), so that the state covers what lies in the repository.
        var here = ChangePaths.Rebased(request, repository, current);
        var (root, loaded) = WorkspaceConfig.Locate(here with { State = current });
        var cache = request.NoCache || request.NoFindingsCache || !Cacheable(request, loaded.Config, repository)
            ? null
            : new FindingsCache(request.CacheDirectory ?? RuleCache.DefaultDirectory(Environment.GetEnvironmentVariable));

        var renames = since is null ? new Dictionary<string, string>() : GitRenames.Since(repository, since, change.Staged, until);
        var known = since is null ? [] : FindingsOf(since, revision, ChangePaths.AsBefore(here, repository, renames), repository, cache);
        var result = Linter.Run(here with
        {
            State = current,
            Known = new KnownFindings(revision, KnownFindings.Renamed(known, InWorkspace(renames, repository, root))),
            RecordFindings = cache is not null && currentTree is not null,
        });
        if (cache is not null && currentTree is not null && result.Recorded is { } recorded && !result.ToolFailed)
        {
            cache.Write(FindingsCache.Key(currentTree, here, repository), recorded);
        }

        return result;
    }

    /// <summary>REV's findings by key, from the cache or from a lint of its tree (none when its config is unusable: nothing was accepted).</summary>
    private static IReadOnlyList<BaselineEntry> FindingsOf(string tree, string revision, LintRequest request, GitRepository repository, FindingsCache? cache)
    {
        var key = FindingsCache.Key(tree, request, repository);
        if (cache?.TryRead(key) is { } cached)
        {
            return cached;
        }

        var result = Linter.Run(request with
        {
            State = GitStates.Tree(repository, tree, revision),
            RecordFindings = true,
            UpdateBaseline = false,
            Trace = null,
        });
        var recorded = result.Recorded ?? [];
        if (!result.ToolFailed)
        {
            cache?.Write(key, recorded);
        }

        return recorded;
    }

    // A tree's id stands for its findings only when nothing else they depend on can change: trusted rules may read the
    // disk, the environment or the clock, and rule folders or schemas outside the repository change without the tree.
    private static bool Cacheable(LintRequest request, LintConfig? config, GitRepository repository)
    {
        if (request.TrustRules || config is null)
        {
            return false;
        }

        var outside = config.RulePaths.Select(p => Path.GetFullPath(p, config.Root))
            .Concat(config.Kinds.Where(k => k.Schema is not null).Select(k => Path.GetFullPath(k.Schema!, config.Root)));
        return outside.All(p => ChangePaths.IsInside(p, repository));
    }

    /// <summary>The renames inside the workspace, relative to its root; one that crosses its edge is an addition or a removal to it.</summary>
    private static Dictionary<string, string> InWorkspace(IReadOnlyDictionary<string, string> renames, GitRepository repository, string root)
    {
        var prefix = Path.GetRelativePath(repository.TopLevel, root).Replace('\\', '/');
        prefix = prefix == "." ? string.Empty : prefix + "/";
        return renames
            .Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal) && r.Value.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.Key[prefix.Length..], r => r.Value[prefix.Length..], StringComparer.Ordinal);
    }
}
