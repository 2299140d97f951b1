using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

/// <summary>Compiles every escape attempt once, untrusted and trusted, for all the allow-list tests.</summary>
public sealed class ForbiddenFixture : IDisposable
{
    public ForbiddenFixture()
    {
        Sources = ScriptFixtures.Files("forbidden").Select(ScriptFixtures.Source).ToArray();
        Untrusted = RuleHost.Load(Sources, new RuleHostOptions(NoCache: true));
        Trusted = RuleHost.Load(Sources, new RuleHostOptions(NoCache: true, TrustRules: true));
    }

    internal IReadOnlyList<RuleSource> Sources { get; }

    internal RuleLoadResult Untrusted { get; }

    internal RuleLoadResult Trusted { get; }

    public void Dispose()
    {
        Untrusted.Dispose();
        Trusted.Dispose();
    }
}

public sealed class ForbiddenApiTests(ForbiddenFixture fixture) : IClassFixture<ForbiddenFixture>
{
    public static TheoryData<string> EscapeAttempts() => [.. ScriptFixtures.Files("forbidden")];

    [Theory]
    [MemberData(nameof(EscapeAttempts))]
    public void Load_EscapeAttempt_IsRejectedAtItsMarkedLine(string path)
    {
        var expected = ScriptFixtures.Expected(ScriptFixtures.Source(path));
        var actual = fixture.Untrusted.Diagnostics.Where(d => d.Location.Path == path).Select(d => (d.Location.Line, d.Id)).Distinct().Order().ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Load_FileRead_NamesTheApiAndTheWayOut()
    {
        var error = Assert.Single(fixture.Untrusted.Diagnostics, d => d.Location.Path == "forbidden/file-read.csx");
        Assert.Equal(31, error.Location.Column);
        Assert.StartsWith("'System.IO.File.ReadAllText' is not allowed in rules: rules are pure functions of the workspace", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("--trust-rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EscapeAttempts_NoneLoads()
    {
        Assert.True(fixture.Sources.Count >= 12);
        Assert.Empty(fixture.Untrusted.Rules);
    }

    [Fact]
    public void Load_TrustRules_LiftsTheCheck()
    {
        Assert.Empty(fixture.Trusted.Diagnostics);
        Assert.Equal(fixture.Sources.Count, fixture.Trusted.Rules.Count);
    }
}
