namespace ArtifactLint.Git;

/// <summary>
/// Where git keeps a repository's work tree and hooks, asked of git itself so that worktrees, <c>core.hooksPath</c>
/// and a hook's <c>GIT_INDEX_FILE</c> are honoured.
/// </summary>
/// <param name="TopLevel">The work tree's root, as git spells it (links resolved).</param>
/// <param name="HooksFolder">Where git looks for hooks.</param>
/// <param name="Prefix">The folder git was asked from, relative to <paramref name="TopLevel"/> with '/' (empty at the root).</param>
/// <param name="Git">Runs git at <paramref name="TopLevel"/>.</param>
internal sealed record GitRepository(string TopLevel, string HooksFolder, string Prefix, GitProcess Git)
{
    /// <summary>Asks git from <paramref name="workingDirectory"/>, with the caller's <c>GIT_*</c> variables (tests isolate git from the machine's config).</summary>
    public static GitRepository Find(string workingDirectory, IReadOnlyDictionary<string, string?> variables)
    {
        var here = new GitProcess(workingDirectory, variables);
        var lines = here.Text(["rev-parse", "--show-toplevel", "--git-path", "hooks", "--show-prefix"], mayFail: true)?.Split('\n');
        if (lines is not { Length: 2 or 3 } || lines[0].Length == 0)
        {
            throw new GitException($"'{workingDirectory}' is not inside a git repository (with a work tree); run this in your repository");
        }

        var top = Path.GetFullPath(lines[0]);
        return new GitRepository(top, Path.GetFullPath(lines[1], workingDirectory), lines.Length == 3 ? lines[2].TrimEnd('/') : string.Empty, new GitProcess(top, variables));
    }

    /// <summary>The folder the user is in, spelt from <see cref="TopLevel"/>.</summary>
    public string WorkingFolder => Prefix.Length == 0 ? TopLevel : Path.Combine(TopLevel, Prefix);

    /// <summary>The tree of <paramref name="revision"/>; null when it names no commit (or, for HEAD, when nothing is committed yet).</summary>
    public string? TreeOf(string revision) => Git.Text(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{tree}"], mayFail: true);

    /// <summary>Whether anything is committed yet (HEAD names a commit).</summary>
    public bool HasCommits => Git.Text(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], mayFail: true) is not null;

    /// <summary>The tree git would commit from the index now (also what HEAD's tree is after that commit); null while a merge is unresolved.</summary>
    public string? IndexTree() => Git.Text(["write-tree"], mayFail: true);
}
