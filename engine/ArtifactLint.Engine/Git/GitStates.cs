using System.Text;
using ArtifactLint.Loading;

namespace ArtifactLint.Git;

/// <summary>The repository states a run can lint instead of the working tree: what is staged, and what a commit holds.</summary>
internal static class GitStates
{
    private const string Link = "120000";

    /// <summary>
    /// Git's index as the next commit will hold it: the files of the tree <c>git write-tree</c> makes of it (so an
    /// intent-to-add entry is not there), each read from disk only when git vouches that the working tree holds it
    /// unchanged: not reported by <c>diff-files</c>, not marked assume-unchanged or skip-worktree (a sparse checkout),
    /// and <c>core.ignoreStat</c> off; any other is read from git.
    /// </summary>
    /// <param name="repository">The repository.</param>
    /// <param name="tree">The tree <see cref="GitRepository.IndexTree"/> wrote.</param>
    public static RepositoryState Index(GitRepository repository, string tree)
    {
        var git = repository.Git;
        var fromGit = Records(git.Run(["diff-files", "-z", "--name-only", "--no-renames"])!).ToHashSet(StringComparer.Ordinal);
        foreach (var record in Records(git.Run(["ls-files", "-z", "-v"])!))
        {
            // "<tag> <path>": lowercase for assume-unchanged, S for skip-worktree: git does not look at those files.
            if (record.Length > 2 && (char.IsLower(record[0]) || record[0] == 'S'))
            {
                fromGit.Add(record[2..]);
            }
        }

        var ignoreStat = git.Text(["config", "--bool", "core.ignoreStat"], mayFail: true) == "true";
        var files = Files(repository, tree).Select(f => f with { SameAsWorkingTree = !ignoreStat && !fromGit.Contains(f.Path) });
        return new RepositoryState(
            repository.TopLevel,
            "this file is not staged (git's index does not hold it, so the commit would not either): stage it with 'git add', or lint without --staged",
            files,
            (ids, most) => GitObjects.Read(git, ids, most));
    }

    /// <summary>A tree (a commit's files): every file is read from git.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="tree">The tree's id.</param>
    /// <param name="revision">The revision as the user named it, for messages.</param>
    public static RepositoryState Tree(GitRepository repository, string tree, string revision) =>
        new(repository.TopLevel, $"this file is not in {revision}", Files(repository, tree), (ids, most) => GitObjects.Read(repository.Git, ids, most));

    // "<mode> <type> <id>\t<path>" for every file of the tree; a submodule (a commit) is no file of it.
    private static IEnumerable<StateFile> Files(GitRepository repository, string tree) =>
        Records(repository.Git.Run(["ls-tree", "-r", "-z", "--full-tree", tree])!)
            .Select(record => (Tab: record.IndexOf('\t'), Record: record))
            .Select(r => (Fields: r.Record[..r.Tab].Split(' '), Path: r.Record[(r.Tab + 1)..]))
            .Where(r => r.Fields[1] == "blob")
            .Select(r => new StateFile(r.Path, r.Fields[2], r.Fields[0] == Link, SameAsWorkingTree: false));

    /// <summary>The state before the first commit: no file at all.</summary>
    public static RepositoryState Empty(GitRepository repository) =>
        new(repository.TopLevel, "nothing is committed yet", [], (_, _) => new Dictionary<string, StateContent>());

    private static IEnumerable<string> Records(byte[] output) =>
        Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
