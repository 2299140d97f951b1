using System.Text;
using ArtifactLint.Loading;

namespace ArtifactLint.Git;

/// <summary>The repository states a run can lint instead of the working tree: what is staged, and what a commit holds.</summary>
internal static class GitStates
{
    private const string Link = "120000";
    private const string Submodule = "160000";

    /// <summary>
    /// Git's index (the next commit): one <c>ls-files</c> for its files and one <c>diff-files</c> for those the working tree
    /// holds otherwise (changed, or deleted, since they were staged), whose content comes from git; the rest is read from disk.
    /// </summary>
    public static RepositoryState Index(GitRepository repository)
    {
        var differ = Records(repository.Git.Run(["diff-files", "-z", "--name-only", "--no-renames"])!).ToHashSet(StringComparer.Ordinal);
        var files = new List<StateFile>();
        foreach (var record in Records(repository.Git.Run(["ls-files", "-z", "--stage"])!))
        {
            // "<mode> <id> <stage>\t<path>": a conflicted file (stages 1-3) is in no state a commit can have.
            var tab = record.IndexOf('\t');
            var fields = record[..tab].Split(' ');
            var path = record[(tab + 1)..];
            if (fields[2] == "0" && fields[0] != Submodule)
            {
                files.Add(new StateFile(path, fields[1], fields[0] == Link, !differ.Contains(path)));
            }
        }

        return new RepositoryState(
            repository.TopLevel,
            "this file is not staged (git's index does not hold it, so the commit would not either): stage it with 'git add', or lint without --staged",
            files,
            (ids, most) => GitObjects.Read(repository.Git, ids, most));
    }

    /// <summary>A tree (a commit's files): every file is read from git.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="tree">The tree's id.</param>
    /// <param name="revision">The revision as the user named it, for messages.</param>
    public static RepositoryState Tree(GitRepository repository, string tree, string revision)
    {
        var files = new List<StateFile>();
        foreach (var record in Records(repository.Git.Run(["ls-tree", "-r", "-z", "--full-tree", tree])!))
        {
            // "<mode> <type> <id>\t<path>"
            var tab = record.IndexOf('\t');
            var fields = record[..tab].Split(' ');
            if (fields[1] == "blob")
            {
                files.Add(new StateFile(record[(tab + 1)..], fields[2], fields[0] == Link, SameAsWorkingTree: false));
            }
        }

        return new RepositoryState(repository.TopLevel, $"this file is not in {revision}", files, (ids, most) => GitObjects.Read(repository.Git, ids, most));
    }

    /// <summary>The state before the first commit: no file at all.</summary>
    public static RepositoryState Empty(GitRepository repository) =>
        new(repository.TopLevel, "nothing is committed yet", [], (_, _) => new Dictionary<string, StateContent>());

    private static IEnumerable<string> Records(byte[] output) =>
        Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
