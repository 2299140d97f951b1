using ArtifactLint.Scripting;
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
    public void EightProcessesOnOneEmptyCache_AllGiveTheSameReport_AndLeaveOnlyWholeEntries()
    {
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "cache");
        var messy = Path.Combine(Repo.Examples, "messy-repo");

        // Started together, each on its own thread; each report to its own file: the order in which two processes'
        // stdout lines arrive is not theirs to fix.
        var reports = Enumerable.Range(0, 8).Select(i => Path.Combine(temp.Path, $"report-{i}.json")).ToArray();
        using var start = new Barrier(reports.Length);
        var runs = reports
            .Select(report => Task.Factory.StartNew(() => { start.SignalAndWait(); return CliProcess.Lint(messy, cache, report: report); }, TaskCreationOptions.LongRunning))
            .ToArray()
            .Select(t => t.GetAwaiter().GetResult())
            .ToArray();

        Assert.All(runs, r => Assert.Equal(1, r.ExitCode));
        var report = File.ReadAllText(reports[0]);
        Assert.All(reports, r => Assert.Equal(report, File.ReadAllText(r)));
        Assert.Equal(22, CliProcess.Summary(reports[0]).GetProperty("errors").GetInt32());

        // One whole entry per rule (the built-in pack and the team's), nothing half-written, no temporary file.
        var sources = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.csx")
            .Concat(Directory.EnumerateFiles(Path.Combine(messy, "policy", "rules"), "*.csx"))
            .Select(f => RuleCache.Key(File.ReadAllText(f), trusted: false) + ".rule")
            .Order(StringComparer.Ordinal);
        Assert.Equal(sources, Directory.EnumerateFiles(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.EnumerateFiles(cache), f => Assert.NotNull(new RuleCache(cache).TryRead(Path.GetFileNameWithoutExtension(f))));

        var warmReport = Path.Combine(temp.Path, "warm.json");
        var warm = CliProcess.Lint(messy, cache, report: warmReport);
        Assert.Equal(1, warm.ExitCode);
        Assert.Equal(report, File.ReadAllText(warmReport));
    }
}
