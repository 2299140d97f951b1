using ArtifactLint.Watching;

namespace ArtifactLint.Tests.Watching;

public sealed class ChangeFilterTests
{
    [Theory]
    [InlineData("backlog/PB-1.md", false, true)]
    [InlineData(".artifactlint.yml", false, true)]
    [InlineData("policy/schemas/risk.schema.json", false, true)]
    [InlineData("policy/rules/ACME001-item-has-owner.csx", false, true)]
    [InlineData(".gitignore", false, true)]
    [InlineData("/elsewhere/rules/TEAM001-x.csx", false, true)]
    [InlineData("backlog/archive", true, true)]
    [InlineData("backlog/sedX1b2c3", false, false)]
    [InlineData("backlog/.PB-1.md.swp", false, false)]
    [InlineData("backlog/PB-1.md~", false, false)]
    [InlineData("backlog/.#PB-1.md", false, false)]
    [InlineData("backlog/4913", false, false)]
    [InlineData(".git/index", false, false)]
    [InlineData(".git/refs/heads/main.md", false, false)]
    public void IsRelevant_ByNameAndFolder(string path, bool isFolder, bool expected) =>
        Assert.Equal(expected, ChangeFilter.IsRelevant(path, isFolder));
}
