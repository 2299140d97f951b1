using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Watching;

public sealed class WatchCommandTests
{
    private const string Config = "as_of: 2026-11-27\n";
    private const string Item = "---\nid: PB-1\ntitle: Export invoices\ntype: story\nstatus: ready\n---\n";
    private const string Violation = "backlog/PB-1.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'redy'. Did you mean 'ready'? [schema-violation]\n";

    [Fact]
    public void Watch_DocumentBrokenThenFixed_ReportsEachRunAndExitsZeroWhenCancelled()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item);
        using var watch = WatchRun.EngineOnly(ws.Path);

        ws.Write("backlog/PB-1.md", Item.Replace("status: ready", "status: redy", StringComparison.Ordinal));
        watch.WaitUntil(w => w.Reports()[^1] == Violation, "the violation to be reported");
        ws.Write("backlog/PB-1.md", Item);
        watch.WaitUntil(w => w.Reports().Count >= 3 && w.Reports()[^1] == "", "the fixed document to lint clean");

        Assert.Equal(0, watch.Stop());
        Assert.Equal(["", Violation, ""], Distinct(watch.Reports()));
        Assert.Matches(@"^--- \d\d:\d\d:\d\d backlog/PB-1\.md changed ---$", watch.Out.Split('\n').First(l => l.StartsWith("---", StringComparison.Ordinal)));
        Assert.Equal("0 errors, 0 warnings, 0 infos in 1 document (0 rules)", watch.Summaries()[0]);
        Assert.Contains("1 error, 0 warnings, 0 infos in 1 document (0 rules); 1 fixable", watch.Summaries());
        Assert.Equal($"Watching {ws.Path} for changes; press Ctrl+C to stop.", watch.Error.Split('\n')[1]);
        Assert.EndsWith("Stopped watching.\n", watch.Error);
    }

    [Fact]
    public void Watch_ConfigBrokenThenFixed_ReportsTheErrorAndKeepsWatching()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item);
        using var watch = WatchRun.EngineOnly(ws.Path);

        ws.Write(".artifactlint.yml", Config + "exclued: [README.md]\n");
        watch.WaitUntil(w => w.Error.Contains("Watching continues; fix them and save.", StringComparison.Ordinal), "the config error");
        ws.Write(".artifactlint.yml", Config);
        watch.WaitUntil(w => w.Summaries().Count >= 2, "a run with the fixed config");

        Assert.Equal(0, watch.Stop());
        Assert.Contains(
            ".artifactlint.yml:2:1: error AL0006: 'exclued' is not a property of a configuration file. Did you mean 'exclude'? [config-error]\n"
            + "The config has errors: nothing was linted. Watching continues; fix them and save.\n",
            watch.Error);
        Assert.DoesNotContain("   at ", watch.Error);
    }

    [Fact]
    public void Watch_JsonFormat_WritesOneDocumentPerRunAndSeparatorsToStderr()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("backlog/PB-1.md", Item);
        using var watch = WatchRun.EngineOnly(ws.Path, "-f", "json");

        ws.Write("backlog/PB-1.md", Item.Replace("status: ready", "status: redy", StringComparison.Ordinal));
        watch.WaitUntil(w => w.Summaries().Contains("1 error, 0 warnings, 0 infos in 1 document (0 rules); 1 fixable"), "the violation to be reported");

        Assert.Equal(0, watch.Stop());
        Assert.DoesNotContain("---", watch.Out);
        Assert.Matches(@"\n--- \d\d:\d\d:\d\d backlog/PB-1\.md changed ---\n", watch.Error);
        var documents = JsonDocuments(watch.Out);
        Assert.True(documents.Count >= 2);
        Assert.Equal(0, documents[0].RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal("AL1001", documents[^1].RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("-f", "sarif")]
    [InlineData("--as-of", "27.11.2026")]
    [InlineData("missing-folder")]
    public void Watch_BadArguments_ExitTwoBeforeWatching(params string[] args)
    {
        using var ws = new TempFolder();

        var run = CliRun.EngineOnly(ws.Path, ["watch", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("artifactlint: ", run.Error);
        Assert.Equal("", run.Out);
    }

    private static List<string> Distinct(IReadOnlyList<string> reports) =>
        reports.Where((r, i) => i == 0 || reports[i - 1] != r).ToList();

    private static List<System.Text.Json.JsonDocument> JsonDocuments(string text)
    {
        var documents = new List<System.Text.Json.JsonDocument>();
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new System.Text.Json.JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            documents.Add(System.Text.Json.JsonDocument.ParseValue(ref reader));
        }

        return documents;
    }
}
