using ArtifactLint.Loading;
using ArtifactLint.Tests.Support;
using ArtifactLint.Files;

namespace ArtifactLint.Tests.Loading;

public sealed class FileWalkerTests
{
    private static readonly HashSet<string> NoRuleFolders = [];

    [Fact]
    public void Walk_FolderLinkOutOfTheWorkspace_IsReportedAndNotEntered()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        using var outside = new TempFolder();
        outside.Write("deep/secret.md", "x");
        ws.Write("a.md", "x");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "out"), outside.Path);

        var walk = Walk(ws.Path);

        Assert.Equal(["a.md"], walk.Files);
        var diagnostic = Assert.Single(walk.Diagnostics);
        Assert.Equal(("AL0009", "out"), (diagnostic.Id, diagnostic.Location.Path));
        Assert.Contains("outside the workspace", diagnostic.Message);
    }

    [Fact]
    public void Walk_LinkedFolderInsideTheWorkspace_IsWalkedAtTheLinksPath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        ws.Write(".data/docs/a.md", "x");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "docs"), ".data/docs");

        var walk = Walk(ws.Path);

        Assert.Equal(["docs/a.md"], walk.Files);
        Assert.Empty(walk.Diagnostics);
    }

    [Fact]
    public void Walk_LinkWhoseDotDotLeavesThroughAnotherLink_IsOutside()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // 'hop' is a link out; 'hop/../x' is read where hop really is, not textually as the workspace's own 'x'.
        using var ws = new TempFolder();
        using var outside = new TempFolder();
        Directory.CreateDirectory(Path.Combine(outside.Path, "in"));
        outside.Write("x/secret.md", "x");
        ws.Write("x/mine.md", "x");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, ".hop"), Path.Combine(outside.Path, "in"));
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "sneaky"), ".hop/../x");

        var walk = Walk(ws.Path);

        Assert.Equal(["x/mine.md"], walk.Files);
        Assert.Equal("sneaky", Assert.Single(walk.Diagnostics).Location.Path);
        Assert.Equal(Path.Combine(outside.Path, "x"), RealPath.Of(Path.Combine(ws.Path, "sneaky")));
    }

    [Fact]
    public void Walk_LinkLoopAndDanglingLink_AreReportedAndTheWalkGoesOn()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        ws.Write("backlog/a.md", "x");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "self"), "self");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "gone"), "nowhere");

        var walk = Walk(ws.Path);

        Assert.Equal(["backlog/a.md", "gone", "self"], walk.Files);
        var diagnostic = Assert.Single(walk.Diagnostics);
        Assert.Equal("backlog/loop", diagnostic.Location.Path);
        Assert.Equal("the folder 'backlog/loop' leads back to '.', which is linted already (a link loop, or a second link to it); it was skipped: remove the link", diagnostic.Message);
    }

    [Fact]
    public void RealPath_LinkLoop_IsNull()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(ws.Path, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(ws.Path, "b"), "a");

        Assert.Null(RealPath.Of(Path.Combine(ws.Path, "a", "c.md")));
    }

    [Theory]
    [InlineData("/ws", "/ws", true)]
    [InlineData("/ws/a.md", "/ws", true)]
    [InlineData("/ws/a.md", "/ws/", true)]
    [InlineData("/wsx/a.md", "/ws", false)]
    [InlineData("/w", "/ws", false)]
    [InlineData("/etc/shadow", "/", true)]
    public void RealPath_IsWithin_ComparesWholeFolderNames(string path, string root, bool within)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(within, RealPath.IsWithin(path, root));
    }

    private static WalkResult Walk(string root) => FileWalker.Walk(root, NoRuleFolders, FileSizeLimit.Default);
}
