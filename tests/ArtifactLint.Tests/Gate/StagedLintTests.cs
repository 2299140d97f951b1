namespace ArtifactLint.Tests.Gate;

/// <summary>
/// <c>lint --staged</c>: what the commit will hold is linted (git's index, not the working tree), and only what it breaks
/// is reported, in any file, against HEAD's findings.
/// </summary>
public sealed class StagedLintTests
{
    [Fact]
    public void Staged_BadValueFixedOnlyInTheWorkingTree_IsReported()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-1.md", GitWorkspace.Item.Replace("[G-1]", "[G-9]"));
        repo.Git("add", "backlog/PB-1.md");
        repo.Write("backlog/PB-1.md", GitWorkspace.Item);

        var staged = repo.Lint("--staged");
        var workingTree = repo.Lint();

        Assert.Equal(1, staged.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:6:9: error AL3002: 'goals' references 'G-9', which is not a goal in this workspace. Did you mean 'G-1'? [reference-exists]\n",
            staged.Out);
        Assert.Equal("1 error, 0 warnings, 0 infos in 3 documents (27 rules); 0 already in HEAD; 1 fixable\n", staged.Error);
        Assert.Equal(0, workingTree.ExitCode);
    }

    [Fact]
    public void Staged_DeletedGoal_ReportsEveryReferrer()
    {
        using var repo = new GitWorkspace();
        repo.Git("rm", "-q", "goals/G-1.md");

        var run = repo.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "backlog/PB-1.md:6:9: error AL3002: 'goals' references 'G-1', which is not a goal in this workspace: correct the id, or create the goal it refers to [reference-exists]\n" +
            "roadmap/R-1.md:5:9: error AL3002: 'goals' references 'G-1', which is not a goal in this workspace: correct the id, or create the goal it refers to [reference-exists]\n",
            run.Out);
    }

    [Fact]
    public void Staged_GoalDeletedOnlyInTheWorkingTree_IsStillThere()
    {
        using var repo = new GitWorkspace();
        File.Delete(Path.Combine(repo.Root, "goals", "G-1.md"));

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 3 documents (27 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_RenameThatBreaksAReference_IsReported()
    {
        using var repo = new GitWorkspace();
        repo.Git("mv", "goals", "archive");

        var run = repo.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("backlog/PB-1.md:6:9: error AL3002: 'goals' references 'G-1', which is not a goal in this workspace", run.Out);
        Assert.Contains("archive/G-1.md:1:1: warning AL1005:", run.Out);
    }

    [Fact]
    public void Staged_OldFindingsElsewhere_DoNotBlockACommitThatAddsNone()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: redy\ngoals: [G-7]\n---\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "--no-verify", "-m", "a broken item");
        repo.Write("backlog/PB-1.md", GitWorkspace.Item.Replace("Pay now button", "Pay-now button"));
        repo.Git("add", "-A");

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 4 documents (27 rules); 2 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_RenamedFileWithAnOldFinding_IsNotNew()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: redy\n---\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "a broken item");
        repo.Git("mv", "backlog/PB-2.md", "backlog/PB-2-export.md");

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 4 documents (27 rules); 1 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_UntrackedDocument_IsNotPartOfTheCommit()
    {
        using var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: redy\n---\n");

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 3 documents (27 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_ConfigInASubfolder_SameVerdictWhateverElseIsStaged()
    {
        using var repo = new GitWorkspace("docs/product", "as_of: 2026-11-27\nrules: { reference-exists: off }\n");
        repo.Git("rm", "-q", "docs/product/goals/G-1.md");
        var alone = repo.Lint("--staged", "-c", "docs/product/.artifactlint.yml");
        File.WriteAllText(Path.Combine(repo.Root, "README.md"), "# Product\n");
        repo.Git("add", "README.md");

        var withReadme = repo.Lint("--staged", "-c", "docs/product/.artifactlint.yml");

        Assert.Equal(0, alone.ExitCode);
        Assert.Equal(alone.Error, withReadme.Error);
        Assert.Equal("0 errors, 0 warnings, 0 infos in 2 documents (26 rules); 0 already in HEAD\n", withReadme.Error);
    }

    [Fact]
    public void Staged_StagedConfigChange_IsWhatTheRunUses()
    {
        using var repo = new GitWorkspace();
        repo.Write(".artifactlint.yml", "as_of: 2026-11-27\nrules: { reference-exists: off }\n");
        repo.Git("add", ".artifactlint.yml");
        repo.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        repo.Git("rm", "-q", "goals/G-1.md");

        var run = repo.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("(26 rules); 0 already in HEAD\n", run.Error);
    }

    [Fact]
    public void Staged_BeforeTheFirstCommit_ComparesWithNothing()
    {
        using var folder = new Support.TempFolder();
        Assert.Equal(0, Packaging.ProcessRun.Git(folder.Path, "init", "-q").ExitCode);
        folder.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: Export\ntype: story\nstatus: redy\n---\n");
        Assert.Equal(0, Packaging.ProcessRun.Git(folder.Path, "add", "-A").ExitCode);

        var run = Support.CliRun.Run(folder.Path, Isolated(), "lint", "--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("backlog/PB-1.md:5:9: error AL1001: 'status' must be one of", run.Out);
        Assert.EndsWith("; 0 already in HEAD; 1 fixable\n", run.Error);
    }

    [Fact]
    public void Staged_DocumentLargerThanTheLimit_IsRefusedFromItsSizeInGit()
    {
        using var repo = new GitWorkspace(config: "as_of: 2026-11-27\nmax_file_size: 1KB\n");
        repo.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: new\n---\n" + new string('x', 5000) + "\n");
        repo.Git("add", "backlog/PB-2.md");
        repo.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: new\n---\n");

        var run = repo.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("backlog/PB-2.md:1:1: error AL0009: this file is 4 KB, more than max_file_size (1KB); it was not read", run.Out);
    }

    [Fact]
    public void Staged_OutsideGit_IsAUsageError()
    {
        using var folder = new Support.TempFolder();

        var run = Support.CliRun.Run(folder.Path, Isolated(), "lint", "--staged");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not inside a git repository", run.Error);
    }

    [Fact]
    public void Staged_WithUpdateBaseline_IsAUsageError()
    {
        using var repo = new GitWorkspace();

        var run = repo.Lint("--staged", "--update-baseline");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--update-baseline records every finding of the working tree", run.Error);
    }

    private static Dictionary<string, string?> Isolated() =>
        Packaging.ProcessRun.IsolatedGit.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal);
}
