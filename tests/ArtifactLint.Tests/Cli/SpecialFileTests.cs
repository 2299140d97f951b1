using System.Text;
using ArtifactLint.Tests.Processes;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// Only regular files inside the workspace are read, each up to max_file_size: pipes, devices, links out of the
/// workspace and folders that cannot be listed are AL0009, at once, and the run goes on (Unix: Windows has none of them).
/// </summary>
public sealed class SpecialFileTests
{
    private const string Config = "as_of: 2026-11-27\n";
    private const string Valid = "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n";
    private const string Unreadable = "[unreadable-file]\n";

    [Fact]
    public void Lint_NamedPipe_IsAL0009WithoutOpeningIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        SpecialFiles.MakeFifo(Path.Combine(ws.Path, "backlog", "pipe.md"));

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal("backlog/pipe.md:1:1: error AL0009: this file is a named pipe (FIFO), not a regular file: remove it or exclude it in .artifactlint.yml " + Unreadable, run.Out);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 1 document (", run.Error);
    }

    [Fact]
    public void Lint_GitIgnoreThatIsANamedPipe_IsAL0009AndTheWalkGoesOn()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        SpecialFiles.MakeFifo(Path.Combine(ws.Path, "backlog", ".gitignore"));

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal("backlog/.gitignore:1:1: error AL0009: the patterns of this .gitignore were not applied: this file is a named pipe (FIFO), not a regular file: remove it or exclude it in .artifactlint.yml " + Unreadable, run.Out);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 1 document (", run.Error);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Lint_LinkToADevice_IsAL0009WithoutReadingIt(string device)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        File.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "device.md"), device);

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal($"backlog/device.md:1:1: error AL0009: this file is a link to '{device}', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link " + Unreadable, run.Out);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_FolderLinkToTheFileSystemRoot_IsNotWalked()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "root"), "/");

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal("backlog/root:1:1: error AL0009: the folder 'backlog/root' is a link to '/', which is outside the workspace; it was not walked: copy the documents into the workspace, or remove the link " + Unreadable, run.Out);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 1 document (", run.Error);
    }

    [Fact]
    public void Lint_LinksOutOfTheWorkspace_AreNotReadAndNothingOfTheTargetIsPrinted()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        using var outside = new TempFolder();
        var marker = "TOPSECRET-" + Guid.NewGuid().ToString("N");
        var secret = outside.Write("secret/PB-9.md", $"---\nid: {marker}\ntitle: {marker}\ntype: story\nstatus: {marker}\n---\n{marker}\n");
        var backlog = Path.Combine(ws.Path, "backlog");
        var relative = Path.GetRelativePath(backlog, secret);
        File.CreateSymbolicLink(Path.Combine(backlog, "relative.md"), relative);
        File.CreateSymbolicLink(Path.Combine(backlog, "absolute.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(backlog, "folder"), Path.GetDirectoryName(secret)!);

        var text = CliRun.EngineOnly(ws.Path, "lint");
        var json = CliRun.EngineOnly(ws.Path, "lint", "-f", "json");
        var sarif = CliRun.EngineOnly(ws.Path, "lint", "-f", "sarif");

        Assert.Equal(
            $"backlog/absolute.md:1:1: error AL0009: this file is a link to '{secret}', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link {Unreadable}"
            + $"backlog/folder:1:1: error AL0009: the folder 'backlog/folder' is a link to '{Path.GetDirectoryName(secret)}', which is outside the workspace; it was not walked: copy the documents into the workspace, or remove the link {Unreadable}"
            + $"backlog/relative.md:1:1: error AL0009: this file is a link to '{relative}', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link {Unreadable}",
            text.Out);
        foreach (var run in new[] { text, json, sarif })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain(marker, run.Out + run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lint_LinksWithinTheWorkspace_AreLintedAtTheLinksPath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        ws.Write(".shared/PB-2.md", Valid.Replace("PB-1", "PB-2"));
        ws.Write(".shared/more/PB-3.md", Valid.Replace("PB-1", "PB-3").Replace("status: new", "status: nope"));
        File.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "PB-2.md"), "../.shared/PB-2.md");
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "backlog", "more"), Path.Combine(ws.Path, ".shared", "more"));

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.StartsWith("backlog/more/PB-3.md:5:9: error AL1001: ", run.Out);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 3 documents (", run.Error);
    }

    [Fact]
    public void Lint_LinkThatSortsBeforeItsTarget_TheFolderKeepsItsOwnPath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        Directory.CreateSymbolicLink(Path.Combine(ws.Path, "archive"), "backlog");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal("archive:1:1: error AL0009: the folder 'archive' leads back to 'backlog', which is linted already (a link loop, or a second link to it); it was skipped: remove the link " + Unreadable, run.Out);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 1 document (", run.Error);
    }

    [Fact]
    public void Lint_RootReachedThroughALink_ComparesRealPathsWithRealPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Like /tmp and /private/tmp on macOS: the workspace is linted through a link, its own links name the real path.
        using var real = Workspace();
        using var alias = new TempFolder();
        var linked = Path.Combine(alias.Path, "ws");
        Directory.CreateSymbolicLink(linked, real.Path);
        real.Write(".shared/PB-2.md", Valid.Replace("PB-1", "PB-2"));
        File.CreateSymbolicLink(Path.Combine(real.Path, "backlog", "PB-2.md"), Path.Combine(real.Path, ".shared", "PB-2.md"));

        var run = CliRun.EngineOnly(linked, "lint");

        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 2 documents (", run.Error);
    }

    [Fact]
    public void Lint_MaxFileSize_AFileAtTheLimitIsReadAndOneByteMoreIsNot()
    {
        using var ws = Workspace("max_file_size: 1KB\n");
        ws.Write("backlog/at.md", Padded(Valid.Replace("PB-1", "PB-2"), 1024));
        ws.Write("backlog/over.md", Padded(Valid.Replace("PB-1", "PB-3"), 1025));

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal("backlog/over.md:1:1: error AL0009: this file is 1,025 bytes, more than max_file_size (1KB = 1,024 bytes); it was not read: split it, exclude it, or raise max_file_size in .artifactlint.yml " + Unreadable, run.Out);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 2 documents (", run.Error);
    }

    [Theory]
    [InlineData("0KB", "'max_file_size' must be a size from 1KB to 512MB, such as 10MB or 500KB; found '0KB'")]
    [InlineData("513MB", "'max_file_size' must be a size from 1KB to 512MB, such as 10MB or 500KB; found '513MB'")]
    public void Lint_MaxFileSizeOutOfRange_IsAConfigErrorAtItsValue(string value, string message)
    {
        using var ws = Workspace($"max_file_size: {value}\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($".artifactlint.yml:2:16: error AL0006: {message} [config-error]\n", run.Error);
    }

    [Fact]
    public void Lint_MaxFileSizeNotASize_IsAConfigErrorAtItsValue()
    {
        using var ws = Workspace("max_file_size: 10 MB\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(".artifactlint.yml:2:16: error AL0006: 'max_file_size' must match the pattern ^\\d+(KB|MB)$ (Largest document); found '10 MB' [config-error]\n", run.Error);
    }

    // Root lists any folder: this runs the CLI as an unprivileged user (as root through setpriv).
    [UnprivilegedFact]
    [Trait("Requires", "setpriv")]
    public void Lint_FolderThatCannotBeListed_IsAL0009UnlessExcluded()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace();
        ws.Write("locked/PB-2.md", Valid);
        ws.Write("private/PB-3.md", Valid);
        File.SetUnixFileMode(Path.Combine(ws.Path, "locked"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(ws.Path, "private"), UnixFileMode.None);
        ws.Write(".artifactlint.yml", Config + "exclude: [\"private/**\"]\n");

        var lint = SpecialFiles.WithinTimeout(() => UnprivilegedCli.Run(ws.Path, "lint"));

        // stdout and stderr: the finding and the summary, in either order.
        Assert.Equal(
            [
                "1 error, 0 warnings, 0 infos in 1 document (0 rules)",
                "locked:1:1: error AL0009: the folder 'locked' cannot be listed (permission denied), so its documents were not checked: give the user running artifactlint permission to read and enter it (chmod a+rx locked), or exclude it in .artifactlint.yml [unreadable-file]",
            ],
            lint.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Equal(1, lint.ExitCode);
    }

    [Fact]
    public void Lint_SmallMaxFileSize_AppliesToTheTeamsFilesNotToTheBuiltInRules()
    {
        using var ws = Workspace("max_file_size: 1KB\n");

        var run = CliRun.Run(ws.Path, "lint");

        Assert.DoesNotContain("AL0009", run.Out);
        Assert.EndsWith(" in 1 document (27 rules)\n", run.Error);
    }

    private static TempFolder Workspace(string config = "")
    {
        var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config + config);
        ws.Write("backlog/PB-1.md", Valid);
        return ws;
    }

    private static string Padded(string document, int bytes) => document + new string('x', bytes - Encoding.UTF8.GetByteCount(document) - 1) + "\n";
}
