using ArtifactLint.Tests.Rules;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Docs;

/// <summary>
/// Each built-in rule's page shows its <c>basic</c> fixture and the tool's real findings for it, its messages and its
/// options as the rule declares them: regenerated here (ARTIFACTLINT_UPDATE_GOLDEN=1 writes them), the pages must not differ.
/// </summary>
public sealed class RulePageTests(RuleCatalogTests.Catalog catalog) : IClassFixture<RuleCatalogTests.Catalog>
{
    public static TheoryData<string> RuleIds() => RuleMessageTests.RuleIds();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePage_GeneratedSectionsAreUpToDate(string id)
    {
        var rule = Assert.Single(catalog.Load.Rules, r => r.Descriptor.Id == id).Descriptor;
        var path = Path.Combine(Repo.Rules, $"{rule.Id}-{rule.Name}.md");
        var fixture = Path.Combine(Repo.Fixtures, "rules", $"{rule.Id}-{rule.Name}", "basic");

        var expected = RulePageSections.Fill(File.ReadAllText(path), rule, fixture);
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    public static TheoryData<string> EnginePages()
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Repo.Rules, "engine"), "AL*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(page));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnginePages))]
    public void EnginePage_ExampleIsUpToDate(string stem)
    {
        var path = Path.Combine(Repo.Rules, "engine", stem + ".md");
        var fixture = Path.Combine(Repo.Fixtures, "engine", stem, "basic");

        var expected = RulePageSections.Fill(File.ReadAllText(path), null, fixture);
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }
}
