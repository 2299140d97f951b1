using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Processes;

/// <summary>The compiled-rule cache seen from outside: separate processes, as a pre-commit hook and CI run the tool.</summary>
[Collection(ProcessCollection.Name)]
public sealed class RuleCacheProcessTests
{
    private static readonly string Workspace = Path.Combine(Repo.Examples, "product-repo");

    [Fact]
    public void WarmRun_LoadsNoRoslynAssembly_ColdRunDoes()
    {
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "cache");
        var coldList = Path.Combine(temp.Path, "cold.txt");
        var warmList = Path.Combine(temp.Path, "warm.txt");

        var coldReport = Path.Combine(temp.Path, "cold.json");
        var warmReport = Path.Combine(temp.Path, "warm.json");

        var cold = CliProcess.Lint(Workspace, cache, coldList, coldReport);
        var warm = CliProcess.Lint(Workspace, cache, warmList, warmReport);

        Assert.Equal(0, cold.ExitCode);
        Assert.Equal(0, warm.ExitCode);
        Assert.Contains(File.ReadAllLines(coldList), a => a.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(warmList), a => a.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Equal(28, CliProcess.Summary(coldReport).GetProperty("rules").GetInt32());
        Assert.Equal(File.ReadAllText(coldReport), File.ReadAllText(warmReport));
    }

    [Fact]
    public void SeveralProcessesOnAColdCache_AllSucceedWithTheSameReport()
    {
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "cache");

        // Each report to its own file: the order in which two processes' stdout and stderr lines arrive is not theirs to fix.
        var reports = Enumerable.Range(0, 4).Select(i => Path.Combine(temp.Path, $"report-{i}.json")).ToArray();
        var runs = reports
            .Select(report => Task.Run(() => CliProcess.Lint(Path.Combine(Repo.Examples, "messy-repo"), cache, report: report)))
            .ToArray()
            .Select(t => t.GetAwaiter().GetResult())
            .ToArray();

        Assert.All(runs, r => Assert.Equal(1, r.ExitCode));
        Assert.Single(reports.Select(File.ReadAllText).Distinct());
        Assert.Contains("\"errors\": 22", File.ReadAllText(reports[0]));
        Assert.Empty(Directory.EnumerateFiles(cache, "*.tmp", SearchOption.AllDirectories));
    }
}
