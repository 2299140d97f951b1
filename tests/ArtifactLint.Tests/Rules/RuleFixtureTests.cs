using ArtifactLint.Running;
using ArtifactLint.Testing;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Rules;

/// <summary>Every built-in rule's fixtures (tests/fixtures/rules/{Id}-{name}/{case}/) through the same harness as <c>artifactlint rules test</c>.</summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(Repo.Fixtures, "rules");
        foreach (var rule in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var fixture in Directory.EnumerateDirectories(rule).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, fixture).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_FindingsMatchMarkers(string fixture)
    {
        var outcome = FixtureRunner.Run(Path.Combine(Repo.Fixtures, "rules", fixture), new LintRequest
        {
            WorkingDirectory = Repo.Root,
            ToolDirectory = AppContext.BaseDirectory,
            CacheDirectory = TestCache.Directory,
        });

        Assert.True(outcome.Passed, outcome.Describe());
    }
}
