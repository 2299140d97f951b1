using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Gate;

/// <summary>
/// What <c>--staged</c> reads when the working tree and git disagree in the less common ways: files git does not look
/// at (assume-unchanged, sparse checkouts), intent-to-add entries, conflicts, links, paths through a link, a moved
/// workspace, a cache that cannot stand for its tree.
/// </summary>
public sealed class StagedStateTests
{
    private const string Broken = "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: redy\n---\n";

    [Fact]
    public void Staged_AssumeUnchangedFile_IsReadFromGit()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-1.md", GitWorkspace.Item.Replace("[G-1]", "[G-9]"));
        repo.Git("add", "backlog/PB-1.md");
        repo.Git("update-index", "--assume-unchanged", "backlog/PB-1.md");
        repo.Write("backlog/PB-1.md", GitWorkspace.Item);

        var run = repo.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("backlog/PB-1.md:6:9: error AL3002: 'goals' references 'G-9'", run.Out);
    }

    [Fact]
    public void Staged_SkipWorktreeFileMissingOnDisk_IsReadFromGit()
    {
        using var repo = new GitWorkspace();
        repo.Git("update-index", "--skip-worktree", "roadmap/R-1.md");
        File.Delete(Path.Combine(repo.Root, "roadmap", "R-1.md"));

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 3 documents (27 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_IntentToAddFile_IsNotInTheCommit()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", Broken);
        repo.Git("add", "-N", "backlog/PB-2.md");

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(" in 3 documents (27 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_UnresolvedConflict_IsAUsageError()
    {
        using var repo = new GitWorkspace();
        repo.Git("checkout", "-q", "-b", "other");
        repo.Write("backlog/PB-1.md", GitWorkspace.Item.Replace("Pay now button", "Pay now"));
        repo.Git("commit", "-q", "-a", "-m", "other");
        repo.Git("checkout", "-q", "-");
        repo.Write("backlog/PB-1.md", GitWorkspace.Item.Replace("Pay now button", "Pay button"));
        repo.Git("commit", "-q", "-a", "-m", "mine");
        Assert.NotEqual(0, Packaging.ProcessRun.Git(repo.Root, "merge", "-q", "other").ExitCode);

        var run = repo.Lint("--staged");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("artifactlint: git's index has unresolved merge conflicts, so there is no commit to lint yet: resolve them and stage the files ('git add'), then commit\n", run.Error);
    }

    [Fact]
    public void Staged_LinkWhoseTargetHoldsANul_LeadsNowhere()
    {
        using var repo = new GitWorkspace();
        var blob = Packaging.ProcessRun.Run("sh", ["-c", "printf 'a\\0b' | git hash-object -w --stdin"], repo.Root, new Dictionary<string, string>()).Output.Trim();
        repo.Git("update-index", "--add", "--cacheinfo", $"120000,{blob},backlog/nul.md");

        var run = repo.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("backlog/nul.md:1:1: error AL0009: this file is a symbolic link that leads nowhere inside the repository, or loops", run.Out);
    }

    [Fact]
    public void Staged_ConfigThroughALinkToTheRepository_IsReadFromTheIndex()
    {
        using var repo = new GitWorkspace("docs", "as_of: 2026-11-27\n");
        using var links = new TempFolder();
        var link = Path.Combine(links.Path, "repo");
        Directory.CreateSymbolicLink(link, repo.Root);
        repo.Git("rm", "-q", "--cached", "docs/goals/G-1.md");

        var run = repo.Lint("--staged", "-c", Path.Combine(link, "docs", ".artifactlint.yml"));

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("2 errors, 0 warnings, 0 infos in 2 documents (27 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_WorkspaceFolderRenamed_KeepsItsOldFindings()
    {
        using var repo = new GitWorkspace("docs", "as_of: 2026-11-27\n");
        repo.Write("backlog/PB-2.md", Broken);
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "an old finding");
        repo.Git("mv", "docs", "product");

        var run = repo.Lint("--staged", "-c", "product/.artifactlint.yml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 4 documents (27 rules); 1 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_PathDeletedOnDiskButStaged_IsLinted()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", Broken);
        repo.Git("add", "backlog/PB-2.md");
        File.Delete(Path.Combine(repo.Root, "backlog", "PB-2.md"));

        var run = repo.Lint("--staged", "backlog/PB-2.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("backlog/PB-2.md:5:9: error AL1001:", run.Out);
    }

    [Fact]
    public void Staged_UntrackedPath_IsAUsageError()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", Broken);

        var run = repo.Lint("--staged", "backlog/PB-2.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("artifactlint: the path 'backlog/PB-2.md' is not in git's index: stage it, or lint without --staged\n", run.Error);
    }

    [Fact]
    public void NewSinceHead_BeforeTheFirstCommit_ComparesWithNothing()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Packaging.ProcessRun.Git(folder.Path, "init", "-q").ExitCode);
        folder.Write("backlog/PB-2.md", Broken);

        var run = CliRun.Run(folder.Path, Packaging.ProcessRun.IsolatedGit.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal), "lint", "--new-since", "HEAD");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("; 0 already in HEAD; 1 fixable\n", run.Error);
    }

    [Fact]
    public void Staged_RuleFolderOutsideTheRepository_FindingsAreNotCached()
    {
        using var outside = new TempFolder();
        Directory.CreateDirectory(Path.Combine(outside.Path, "rules"));
        using var repo = new GitWorkspace(config: $"as_of: 2026-11-27\nrule_paths: [{Path.Combine(outside.Path, "rules")}]\n");
        using var cache = new TempFolder();

        var run = repo.Lint(new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = cache.Path }, "--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(cache.Path, "findings")));
    }
}
