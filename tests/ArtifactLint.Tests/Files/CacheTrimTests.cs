using ArtifactLint.Files;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Files;

/// <summary>The cache folder stays within <c>cache_size</c>: the entries used longest ago go first, and a hit counts as a use.</summary>
public sealed class CacheTrimTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Trim_OverBudget_RemovesTheLeastRecentlyUsedUntilWithin()
    {
        using var cache = new TempFolder();
        var files = Enumerable.Range(0, 5).Select(i => Entry(cache, $"{i}.rule", 1000, Start.AddDays(i))).ToArray();

        var removed = CacheTrim.Trim(cache.Path, 2500);

        Assert.Equal(3, removed);
        Assert.Equal(["3.rule", "4.rule"], Remaining(cache));
    }

    [Fact]
    public void Trim_AHitMarksItsFileUsed_SoItOutlivesNewerButUnusedOnes()
    {
        using var cache = new TempFolder();
        var old = Entry(cache, "old.rule", 1000, Start);
        Entry(cache, "findings/newer.json", 1000, Start.AddDays(1));
        Entry(cache, "newest.rule", 1000, Start.AddDays(2));

        CacheTrim.MarkUsed(old);
        CacheTrim.Trim(cache.Path, 2000);

        Assert.Equal(["newest.rule", "old.rule"], Remaining(cache));
    }

    [Fact]
    public void Trim_WithinBudgetOrNoFolder_RemovesNothing()
    {
        using var cache = new TempFolder();
        Entry(cache, "a.rule", 1000, Start);

        Assert.Equal(0, CacheTrim.Trim(cache.Path, 1000));
        Assert.Equal(0, CacheTrim.Trim(Path.Combine(cache.Path, "missing"), 0));
        Assert.Equal(["a.rule"], Remaining(cache));
    }

    [Fact]
    public void TrimIfGrown_OnlyListsTheFolderWhenAnEntryWasAddedSinceTheLastTrim()
    {
        using var cache = new TempFolder();
        Entry(cache, "a.rule", 1000, Start);
        Entry(cache, "b.rule", 1000, Start.AddDays(1));
        Assert.Equal(1, CacheTrim.TrimIfGrown(cache.Path, 1500));

        // Nothing added: an over-budget folder is left as it is until the next entry arrives.
        File.WriteAllBytes(Path.Combine(cache.Path, "b.rule"), new byte[2000]);
        Assert.Equal(0, CacheTrim.TrimIfGrown(cache.Path, 1500));

        Directory.SetLastWriteTimeUtc(cache.Path, DateTime.UtcNow.AddMinutes(1));
        Entry(cache, "c.rule", 100, DateTime.UtcNow);
        Directory.SetLastWriteTimeUtc(cache.Path, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(1, CacheTrim.TrimIfGrown(cache.Path, 1500));
        Assert.Equal(["c.rule"], Remaining(cache).Where(f => !f.StartsWith('.')));
    }

    [Fact]
    public void Lint_CacheSizeInTheConfig_KeepsTheRunsOwnEntriesAndDropsOldOnes()
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.Write(".artifactlint.yml", "cache_size: 1MB\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n");
        for (var i = 0; i < 3; i++)
        {
            Entry(cache, $"stale-{i}.rule", 600 * 1024, Start.AddDays(i));
        }

        var run = CliRun.Run(ws.Path, new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = cache.Path }, "lint");

        Assert.True(run.ExitCode <= 1, run.Error);
        var left = Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        Assert.True(left.Sum(f => f.Length) <= 1024 * 1024, $"{left.Sum(f => f.Length)} bytes left");
        Assert.DoesNotContain(left, f => f.Name is "stale-0.rule" or "stale-1.rule");
        Assert.Contains(left, f => f.Name.EndsWith(".rule", StringComparison.Ordinal) && !f.Name.StartsWith("stale", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_CacheSizeNotASize_IsAConfigErrorAtItsValue()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "cache_size: 0MB\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".artifactlint.yml:1:13: error AL0006: 'cache_size' must be a size from 1MB to 1024GB, written like 200MB or 2GB; found '0MB'", run.Error + run.Out);
    }

    private static string Entry(TempFolder folder, string name, int bytes, DateTime used)
    {
        var path = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, used);
        return path;
    }

    private static string[] Remaining(TempFolder folder) =>
        [.. Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
