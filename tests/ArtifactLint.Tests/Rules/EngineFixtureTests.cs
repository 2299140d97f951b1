using ArtifactLint.Diagnostics;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Rules;

/// <summary>
/// The engine's own diagnostics' fixtures (tests/fixtures/engine/{Id}-{name}/{case}/) through the same harness as
/// <c>artifactlint rules test</c>: the fixture's team rules run, a built-in rule only when the fixture's config names it.
/// </summary>
public sealed class EngineFixtureTests
{
    private static string Root => Path.Combine(Repo.Fixtures, "engine");

    public static TheoryData<string> Cases() => FixtureCases.Under(Root);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_FindingsMatchMarkersAndShowItsDiagnostic(string fixture)
    {
        var outcome = FixtureCases.Run(Path.Combine(Root, fixture));

        Assert.True(outcome.Passed, outcome.Describe());

        // Each case shows the diagnostic its folder is named after, not only what comes with it.
        var id = fixture[..fixture.IndexOf('-', StringComparison.Ordinal)];
        Assert.True(outcome.Findings.Any(d => d.Id == id), $"{fixture} reports no {id}");
    }

    [Fact]
    public void EngineDiagnostics_EachHaveABasicFixture()
    {
        var stems = EngineRules.All.Select(d => $"{d.Id}-{d.Name}").ToArray();
        var missing = stems.Where(stem => !Directory.Exists(Path.Combine(Root, stem, "basic"))).ToArray();
        var strays = Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)).Except(stems, StringComparer.Ordinal).ToArray();

        Assert.True(missing.Length == 0, $"no tests/fixtures/engine/{{Id}}-{{name}}/basic/ for {string.Join(", ", missing)}");
        Assert.True(strays.Length == 0, $"tests/fixtures/engine/ folders that name no engine diagnostic: {string.Join(", ", strays)}");
    }
}
