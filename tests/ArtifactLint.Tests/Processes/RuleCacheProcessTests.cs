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

        var cold = CliProcess.Lint(Workspace, cache, coldList);
        var warm = CliProcess.Lint(Workspace, cache, warmList);

        Assert.Equal(0, cold.ExitCode);
        Assert.Equal(0, warm.ExitCode);
        Assert.Contains(File.ReadAllLines(coldList), a => a.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(warmList), a => a.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Equal(CliProcess.Summary(cold).GetProperty("rules").GetInt32(), CliProcess.Summary(warm).GetProperty("rules").GetInt32());
    }

    [Fact]
    public void SeveralProcessesOnAColdCache_AllSucceedWithTheSameReport()
    {
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "cache");

        var runs = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => CliProcess.Lint(Path.Combine(Repo.Examples, "messy-repo"), cache)))
            .ToArray()
            .Select(t => t.GetAwaiter().GetResult())
            .ToArray();

        Assert.All(runs, r => Assert.Equal(1, r.ExitCode));
        Assert.Single(runs.Select(r => r.Output).Distinct());
        Assert.Empty(Directory.EnumerateFiles(cache, "*.tmp", SearchOption.AllDirectories));
    }
}
