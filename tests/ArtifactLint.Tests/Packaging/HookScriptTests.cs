using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Packaging;

/// <summary>The installed hook run by a real <c>git commit</c>, with the tool built beside the tests: it lints what is staged against HEAD.</summary>
public sealed class HookScriptTests
{
    private const string Broken = "---\nid: PB-2\ntitle: Export invoices\ntype: story\nstatus: redy\n---\n";

    [Fact]
    public void Commit_CleanDocuments_Passes()
    {
        using var ws = Repository();

        var commit = Commit(ws, ".");

        Assert.Equal(0, commit.ExitCode);
    }

    [Fact]
    public void Commit_SchemaViolation_FailsWithTheFinding()
    {
        using var ws = Repository();
        Assert.Equal(0, Commit(ws, ".").ExitCode);
        ws.Write("backlog/PB-2.md", Broken);

        var commit = Commit(ws, "backlog/PB-2.md");

        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains(
            "backlog/PB-2.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'redy'. Did you mean 'ready'? [schema-violation]\n",
            commit.Output);
    }

    [Fact]
    public void Commit_ViolationInAnUnstagedDocument_NotReported()
    {
        using var ws = Repository();
        Assert.Equal(0, Commit(ws, ".").ExitCode);
        ws.Write("backlog/PB-2.md", Broken);
        ws.Write("notes.md", "# Notes\n");

        var commit = Commit(ws, "notes.md");

        Assert.Equal(0, commit.ExitCode);
    }

    [Fact]
    public void Commit_StagedBadValueFixedOnlyInTheWorkingTree_IsRefused()
    {
        using var ws = Repository();
        Assert.Equal(0, Commit(ws, ".").ExitCode);
        var item = File.ReadAllText(Path.Combine(ws.Path, "backlog", "PB-1.md"));
        ws.Write("backlog/PB-1.md", item.Replace("goals: [G-1]", "goals: [G-9]", StringComparison.Ordinal));
        Assert.Equal(0, ProcessRun.Git(ws.Path, "add", "backlog/PB-1.md").ExitCode);
        ws.Write("backlog/PB-1.md", item);

        var commit = Commit(ws);

        Assert.Equal(1, commit.ExitCode);
        Assert.Contains("backlog/PB-1.md:10:9: error AL3002: 'goals' references 'G-9', which is not a goal in this workspace", commit.Output);
        Assert.Equal("1\n", ProcessRun.Git(ws.Path, "rev-list", "--count", "HEAD").Output);
    }

    [Fact]
    public void CommitAll_ModifiedTrackedDocument_IsLintedAsTheCommitHoldsIt()
    {
        using var ws = Repository();
        Assert.Equal(0, Commit(ws, ".").ExitCode);
        ws.Write("backlog/PB-1.md", File.ReadAllText(Path.Combine(ws.Path, "backlog", "PB-1.md")).Replace("goals: [G-1]", "goals: [G-9]", StringComparison.Ordinal));

        // git commit -a stages into an index of its own and names it to the hook in GIT_INDEX_FILE.
        var commit = ProcessRun.Git(ws.Path, new Dictionary<string, string> { ["ARTIFACTLINT"] = ToolBesideTests(), ["ARTIFACTLINT_CACHE_DIR"] = TestCache.Directory }, "commit", "-q", "-a", "-m", "test");

        Assert.Equal(1, commit.ExitCode);
        Assert.Contains("backlog/PB-1.md:10:9: error AL3002: 'goals' references 'G-9'", commit.Output);
    }

    [Fact]
    public void Commit_OnlyDeletingAReferencedGoal_IsRefusedWithTheReferrers()
    {
        using var ws = Repository();
        Assert.Equal(0, Commit(ws, ".").ExitCode);
        Assert.Equal(0, ProcessRun.Git(ws.Path, "rm", "-q", "goals/G-1.md").ExitCode);

        var commit = Commit(ws);

        Assert.Equal(1, commit.ExitCode);
        Assert.Contains("backlog/PB-1.md:10:9: error AL3002: 'goals' references 'G-1', which is not a goal in this workspace", commit.Output);
        Assert.Contains("roadmap/R-1.md:", commit.Output);
    }

    [Fact]
    public void Hook_ToolMissing_Exit2WithHowToInstall()
    {
        using var ws = Repository();
        Assert.Equal(0, ProcessRun.Git(ws.Path, "add", "vision.md").ExitCode);

        var hook = RunHook(ws, new Dictionary<string, string> { ["ARTIFACTLINT"] = "/nonexistent/artifactlint" });

        Assert.Equal(2, hook.ExitCode);
        Assert.StartsWith("artifactlint pre-commit hook: '/nonexistent/artifactlint' was not found on PATH.", hook.Output);
    }

    [Fact]
    public void Hook_SchemaViolationStaged_ExitsWithLintsExitCode()
    {
        using var ws = Repository();
        ws.Write("backlog/PB-2.md", Broken);
        Assert.Equal(0, ProcessRun.Git(ws.Path, "add", "backlog/PB-2.md").ExitCode);

        var hook = RunHook(ws, new Dictionary<string, string> { ["ARTIFACTLINT"] = ToolBesideTests() });

        Assert.Equal(1, hook.ExitCode);
    }

    /// <summary>The hook run the way git runs it: at the repository root, without arguments.</summary>
    private static ProcessRun RunHook(TempFolder ws, Dictionary<string, string> variables)
    {
        variables["ARTIFACTLINT_CACHE_DIR"] = TestCache.Directory;
        return ProcessRun.Run("sh", [Path.Combine(ws.Path, ".git", "hooks", "pre-commit")], ws.Path, variables);
    }

    /// <summary>A git repository scaffolded by <c>init</c>, nothing committed, with the hook installed.</summary>
    private static TempFolder Repository()
    {
        var ws = new TempFolder();
        var gitInit = ProcessRun.Git(ws.Path, "init", "-q");
        Assert.True(gitInit.ExitCode == 0, gitInit.Output);
        Assert.Equal(0, CliRun.Run(ws.Path, "init").ExitCode);
        Assert.Equal(0, HookInstall.Run(ws.Path).ExitCode);
        return ws;
    }

    private static ProcessRun Commit(TempFolder ws, params string[] files) =>
        Commit(ws, new Dictionary<string, string> { ["ARTIFACTLINT"] = ToolBesideTests() }, files);

    private static ProcessRun Commit(TempFolder ws, Dictionary<string, string> variables, params string[] files)
    {
        if (files.Length > 0)
        {
            Assert.Equal(0, ProcessRun.Git(ws.Path, ["add", "--", .. files]).ExitCode);
        }

        variables["ARTIFACTLINT_CACHE_DIR"] = TestCache.Directory;
        return ProcessRun.Git(ws.Path, variables, "commit", "-q", "-m", "test");
    }

    /// <summary>The CLI's app host, copied beside the tests by the project reference.</summary>
    private static string ToolBesideTests() =>
        Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "artifactlint.exe" : "artifactlint");
}
