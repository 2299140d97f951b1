using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Rules;

/// <summary>Every built-in rule's fixtures (tests/fixtures/rules/{Id}-{name}/{case}/) through the same harness as <c>artifactlint rules test</c>.</summary>
public sealed class RuleFixtureTests
{
    private static string Root => Path.Combine(Repo.Fixtures, "rules");

    public static TheoryData<string> Cases() => FixtureCases.Under(Root);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_FindingsMatchMarkers(string fixture)
    {
        var outcome = FixtureCases.Run(Path.Combine(Root, fixture));

        Assert.True(outcome.Passed, outcome.Describe());
    }
}
