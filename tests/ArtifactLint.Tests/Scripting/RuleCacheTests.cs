using ArtifactLint.Api;
using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

public sealed class RuleCacheTests
{
    private static readonly RuleSource s_source = ScriptFixtures.Source("cache/ACME030-cached.csx");

    [Fact]
    public void Load_ColdThenWarm_CompilesOnlyOnce()
    {
        using var cache = new TempDirectory();
        var options = new RuleHostOptions(cache.Path);

        using var cold = RuleHost.Load([s_source], options);
        using var warm = RuleHost.Load([s_source], options);

        Assert.Equal((1, 0), (cold.CompiledCount, warm.CompiledCount));
        Assert.Empty(warm.Diagnostics);
        Assert.Equal("ACME030", Assert.Single(warm.Rules).Descriptor.Id);
        Assert.Single(Directory.GetFiles(cache.Path));
    }

    [Fact]
    public void Load_Cold_SweepsTheTemporaryFileOfAKilledLinterButNotOneBeingWritten()
    {
        using var cache = new TempDirectory();
        var stale = Path.Combine(cache.Path, "0123.killed.tmp");
        var fresh = Path.Combine(cache.Path, "4567.writing.tmp");
        File.WriteAllBytes(stale, [1, 2, 3]);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.WriteAllBytes(fresh, [1, 2, 3]);

        RuleHost.Load([s_source], new RuleHostOptions(cache.Path)).Dispose();

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void Load_TruncatedEntry_IsDiscardedAndRebuilt()
    {
        using var cache = new TempDirectory();
        var options = new RuleHostOptions(cache.Path);
        RuleHost.Load([s_source], options).Dispose();
        var entry = Assert.Single(Directory.GetFiles(cache.Path));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);

        using var rebuilt = RuleHost.Load([s_source], options);
        using var warm = RuleHost.Load([s_source], options);

        Assert.Equal((1, 0), (rebuilt.CompiledCount, warm.CompiledCount));
        Assert.Empty(rebuilt.Diagnostics);
        Assert.Equal(bytes, File.ReadAllBytes(entry));
    }

    [Fact]
    public void Load_CorruptByteInEntry_IsDiscardedAndRebuilt()
    {
        using var cache = new TempDirectory();
        var options = new RuleHostOptions(cache.Path);
        RuleHost.Load([s_source], options).Dispose();
        var entry = Assert.Single(Directory.GetFiles(cache.Path));
        var bytes = File.ReadAllBytes(entry);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        using var rebuilt = RuleHost.Load([s_source], options);

        Assert.Equal(1, rebuilt.CompiledCount);
        Assert.Single(rebuilt.Rules);
    }

    [Fact]
    public void Load_TenHostsOnOneColdCache_AllSucceed()
    {
        using var cache = new TempDirectory();
        var results = new RuleLoadResult[10];

        Parallel.For(0, 10, i => results[i] = RuleHost.Load([s_source], new RuleHostOptions(cache.Path)));

        Assert.All(results, r => Assert.Empty(r.Diagnostics));
        Assert.All(results, r => Assert.Equal("ACME030", Assert.Single(r.Rules).Descriptor.Id));
        Assert.Single(Directory.GetFiles(cache.Path));
        foreach (var result in results)
        {
            result.Dispose();
        }
    }

    [Fact]
    public void Load_NoCache_NeitherReadsNorWrites()
    {
        using var cache = new TempDirectory();

        using var first = RuleHost.Load([s_source], new RuleHostOptions(cache.Path, NoCache: true));

        Assert.Equal(1, first.CompiledCount);
        Assert.Empty(Directory.GetFiles(cache.Path));
    }

    [Fact]
    public void Key_DependsOnTextAndTrustMode()
    {
        Assert.Equal(RuleCache.Key("a", trusted: false), RuleCache.Key("a", trusted: false));
        Assert.NotEqual(RuleCache.Key("a", trusted: false), RuleCache.Key("a", trusted: true));
        Assert.NotEqual(RuleCache.Key("a", trusted: false), RuleCache.Key("b", trusted: false));
    }

    [Theory]
    [InlineData("/explicit", "/xdg", "/explicit")]
    [InlineData(null, "/xdg", "/xdg/artifactlint")]
    public void DefaultDirectory_PrefersTheOverrideThenXdg(string? explicitDirectory, string? xdg, string expected)
    {
        var variables = new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = explicitDirectory, ["XDG_CACHE_HOME"] = xdg };

        Assert.Equal(expected, RuleCache.DefaultDirectory(name => variables.GetValueOrDefault(name)).Replace('\\', '/'));
    }

    [Fact]
    public void Run_CachedRule_Reports()
    {
        using var cache = new TempDirectory();
        RuleHost.Load([s_source], new RuleHostOptions(cache.Path)).Dispose();
        using var warm = RuleHost.Load([s_source], new RuleHostOptions(cache.Path));

        var result = RuleHost.Run(warm.Rules, RunFixture.EmptyWorkspace(), _ => (Severity.Error, RuleOptions.Empty), new DateOnly(2025, 1, 6), RuleLimits.Default);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("0 goals", Severity.Error), (finding.Message, finding.Severity));
    }
}
