using ArtifactLint.Running;
using ArtifactLint.Testing;

namespace ArtifactLint.Tests.Support;

/// <summary>The fixture workspaces under a folder of <c>{Id}-{name}/{case}/</c>, run as <c>artifactlint rules test</c> runs them.</summary>
internal static class FixtureCases
{
    /// <summary>Every <c>{Id}-{name}/{case}</c> below <paramref name="root"/>, ordinally.</summary>
    public static TheoryData<string> Under(string root)
    {
        var data = new TheoryData<string>();
        foreach (var subject in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var fixture in Directory.EnumerateDirectories(subject).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, fixture).Replace('\\', '/'));
            }
        }

        return data;
    }

    /// <summary>Runs one fixture with the tool's own rules and schemas and the test run's rule cache.</summary>
    public static FixtureOutcome Run(string fixture) => FixtureRunner.Run(fixture, new LintRequest
    {
        WorkingDirectory = Repo.Root,
        ToolDirectory = AppContext.BaseDirectory,
        CacheDirectory = TestCache.Directory,
    });
}
