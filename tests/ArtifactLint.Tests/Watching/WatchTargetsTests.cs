using ArtifactLint.Running;
using ArtifactLint.Tests.Support;
using ArtifactLint.Watching;

namespace ArtifactLint.Tests.Watching;

public sealed class WatchTargetsTests
{
    [Fact]
    public void For_RuleAndSchemaFoldersOutsideTheRoot_WatchedBesideTheRoot()
    {
        using var outer = new TempFolder();
        var root = Path.Combine(outer.Path, "product");
        outer.Write("product/.artifactlint.yml", "rule_paths: [policy/rules, ../shared-rules]\nkinds:\n  goal:\n    schema: ../schemas/goal.schema.json\n");
        outer.Write("schemas/goal.schema.json", "{}");
        outer.Write("product/policy/rules/.keep", "");
        outer.Write("shared-rules/.keep", "");
        var request = new LintRequest { WorkingDirectory = root, ToolDirectory = EngineOnlyTool.Directory, RuleDirectories = ["../cli-rules", "policy/more"] };

        var (found, folders) = WatchTargets.For(request);

        Assert.Equal(root, found);
        Assert.Equal(
            [
                new WatchFolder(root, Recursive: true),
                new WatchFolder(Path.Combine(outer.Path, "cli-rules"), Recursive: false),
                new WatchFolder(Path.Combine(outer.Path, "schemas"), Recursive: false),
                new WatchFolder(Path.Combine(outer.Path, "shared-rules"), Recursive: false),
            ],
            folders);
    }

    [Fact]
    public void For_BrokenConfig_StillWatchesTheRootAndRuleOptionFolders()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [unclosed\n");
        var request = new LintRequest { WorkingDirectory = ws.Path, ToolDirectory = EngineOnlyTool.Directory, RuleDirectories = ["/opt/team-rules"] };

        var (_, folders) = WatchTargets.For(request);

        Assert.Equal([new WatchFolder(ws.Path, Recursive: true), new WatchFolder("/opt/team-rules", Recursive: false)], folders);
    }
}
