using System.Xml.Linq;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Docs;

/// <summary><c>docs/rule-api.md</c> is the API as built: regenerated from the engine and its XML docs, it must not differ.</summary>
public sealed class RuleApiReferenceTests
{
    [Fact]
    public void RuleApiPage_IsUpToDate()
    {
        var engine = typeof(Api.Rule).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(engine.Location, ".xml"));
        var expected = RuleApiReference.Generate(engine, xml);
        var path = Path.Combine(Repo.Root, "docs", "rule-api.md");
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/rule-api.md is missing: run the tests with ARTIFACTLINT_UPDATE_GOLDEN=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void RuleApiPage_DocumentsEveryPublicMember()
    {
        var page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rule-api.md"));

        Assert.DoesNotContain("|  |\n", page);
        Assert.Contains("## Workspace", page);
        Assert.Contains("## RuleContext", page);
    }
}
