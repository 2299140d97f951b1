using System.Text.Json;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Gate;

/// <summary><c>lint --new-since REV</c> outside hooks (a pull request in CI): the working tree against REV, in every format.</summary>
public sealed class NewSinceTests
{
    private const string Broken = "---\nid: PB-2\ntitle: Export\ntype: story\nstatus: redy\n---\n";
    private const string NewFinding =
        "backlog/PB-2.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'redy'. Did you mean 'ready'? [schema-violation]\n";

    [Fact]
    public void NewSince_Branch_ReportsOnlyWhatTheWorkingTreeAdds()
    {
        using var repo = new GitWorkspace();
        repo.Git("branch", "main-before");
        repo.Write("backlog/PB-3.md", "---\nid: PB-3\ntitle: Old\ntype: story\nstatus: redy\n---\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "an old finding");
        repo.Write("backlog/PB-2.md", Broken);

        var sinceHead = repo.Lint("--new-since", "HEAD");
        var sinceBranch = repo.Lint("--new-since", "main-before");

        Assert.Equal(NewFinding, sinceHead.Out);
        Assert.Equal("1 error, 0 warnings, 0 infos in 5 documents (27 rules); 1 already in HEAD; 1 fixable\n", sinceHead.Error);
        Assert.Equal(2, sinceBranch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("; 0 already in main-before; 2 fixable\n", sinceBranch.Error);
    }

    [Fact]
    public void NewSince_Sarif_EveryResultIsNew()
    {
        using var repo = BrokenSinceHead();

        var run = repo.Lint("--new-since", "HEAD", "-f", "sarif");

        using var sarif = JsonDocument.Parse(run.Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["AL1001"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, r => Assert.Equal("new", r.GetProperty("baselineState").GetString()));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void NewSince_Json_SummaryCountsWhatWasThere()
    {
        using var repo = BrokenSinceHead();

        var run = repo.Lint("--new-since", "HEAD", "-f", "json");

        using var json = JsonDocument.Parse(run.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal("HEAD", summary.GetProperty("newSince").GetProperty("revision").GetString());
        Assert.Equal(0, summary.GetProperty("newSince").GetProperty("alreadyThere").GetInt32());
    }

    [Theory]
    [InlineData("github", "::error file=backlog/PB-2.md,line=5,")]
    [InlineData("junit", "<testcase name=\"backlog/PB-2.md:5:9\" classname=\"AL1001 schema-violation\">")]
    public void NewSince_OtherFormats_CarryTheNewFinding(string format, string expected)
    {
        using var repo = BrokenSinceHead();

        var run = repo.Lint("--new-since", "HEAD", "-f", format);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    [Fact]
    public void NewSince_FilePath_RestrictsWhatIsPrinted()
    {
        using var repo = BrokenSinceHead();
        repo.Write("backlog/PB-4.md", Broken.Replace("PB-2", "PB-4"));

        var run = repo.Lint("--new-since", "HEAD", "backlog/PB-4.md");

        Assert.Equal(NewFinding.Replace("PB-2", "PB-4"), run.Out);
    }

    [Fact]
    public void NewSince_WithABaseline_BaselinedFindingsAreNotNew()
    {
        using var repo = BrokenSinceHead();
        Assert.Equal(0, repo.Lint("--update-baseline").ExitCode);

        var run = repo.Lint("--new-since", "HEAD");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void NewSince_UnknownRevision_IsAUsageError()
    {
        using var repo = new GitWorkspace();

        var run = repo.Lint("--new-since", "no-such-branch");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "artifactlint: 'no-such-branch' does not name a commit of this repository: give a branch, a tag or a commit id ('git rev-parse no-such-branch' must succeed)\n",
            run.Error);
    }

    [Fact]
    public void Staged_PreCommitRange_LintsItsEndAgainstItsStart()
    {
        using var repo = new GitWorkspace();
        var start = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("backlog/PB-2.md", Broken);
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "broken");
        var range = new Dictionary<string, string?> { ["PRE_COMMIT_FROM_REF"] = start, ["PRE_COMMIT_TO_REF"] = "HEAD" };

        var pushed = repo.Lint(range, "--staged");
        var staged = repo.Lint("--staged");

        Assert.Equal(NewFinding, pushed.Out);
        Assert.EndsWith($"; 0 already in {start}; 1 fixable\n", pushed.Error);
        Assert.Equal(string.Empty, staged.Out);
    }

    [Fact]
    public void Staged_HeadsFindingsComeFromTheCache_UnlessToldNot()
    {
        using var repo = new GitWorkspace();
        using var cache = new TempFolder();
        var variables = new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = cache.Path };
        Assert.Equal(0, repo.Lint(variables, "--staged").ExitCode);
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(cache.Path, "findings")));

        // HEAD's cached findings, forged to hold the one about to be staged: a run that reads the cache does not report it.
        File.WriteAllText(entry, """{ "version": 1, "entries": [ { "path": "backlog/PB-2.md", "ruleId": "AL1001", "artifactId": "PB-2", "property": "status", "value": "redy", "count": 1 } ] }""");
        repo.Write("backlog/PB-2.md", Broken);
        repo.Git("add", "-A");

        var cached = repo.Lint(variables, "--staged");
        var rulesOnly = repo.Lint(variables, "--staged", "--cache", "rules");
        var none = repo.Lint(variables, "--staged", "--no-cache");

        Assert.Equal(string.Empty, cached.Out);
        Assert.EndsWith("; 1 already in HEAD\n", cached.Error);
        Assert.Equal(NewFinding, rulesOnly.Out);
        Assert.Equal(NewFinding, none.Out);
    }

    private static GitWorkspace BrokenSinceHead()
    {
        var repo = new GitWorkspace();
        repo.Write("backlog/PB-2.md", Broken);
        return repo;
    }
}
