using ArtifactLint.Tests.Support;
using ArtifactLint.Files;

namespace ArtifactLint.Tests.Cli;

/// <summary>Report and baseline files that cannot be written: a usage error naming the file and why, and no file left behind.</summary>
public sealed class ReportFileTests : IDisposable
{
    private readonly TempFolder _ws = new();

    public ReportFileTests()
    {
        _ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        _ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: redy\n---\n");
        _ws.Write("notes.txt", "a file, not a folder");
        Directory.CreateDirectory(Path.Combine(_ws.Path, "out"));
    }

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData("-o", "out/", "report", "out/")]
    [InlineData("-o", "out", "report", "out")]
    [InlineData("--format", "sarif:out", "report", "out")]
    [InlineData("--baseline", "out/", "baseline", "out/")]
    public void Lint_FileIsAFolder_UsageErrorAndNothingWritten(string option, string value, string what, string shown)
    {
        string[] baseline = what == "baseline" ? ["--update-baseline"] : [];

        var run = CliRun.EngineOnly(_ws.Path, ["lint", option, value, .. baseline]);

        Assert.Equal((2, "", $"artifactlint: cannot write the {what} to '{shown}': it is a folder\n"), (run.ExitCode, run.Out, run.Error));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_ws.Path, "out")));
    }

    [Fact]
    public void Lint_FolderOfTheFileIsAFile_UsageErrorNamingIt()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "-f", "text", "-f", "junit:notes.txt/report.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"artifactlint: cannot write the report to 'notes.txt/report.xml': its folder cannot be created: '{Path.Combine(_ws.Path, "notes.txt")}' is a file\n",
            run.Error);
        Assert.Equal("a file, not a folder", File.ReadAllText(Path.Combine(_ws.Path, "notes.txt")));
    }

    [Fact]
    public void Lint_DeviceThatIsFull_UsageErrorInTheSystemsWords()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "-o", "/dev/full");

        Assert.Equal((2, "", "artifactlint: cannot write the report to '/dev/full': no space left on device\n"), (run.ExitCode, run.Out, run.Error));
    }

    [Fact]
    public void Lint_MissingFolder_IsCreatedForTheReport()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "-f", "json:reports/ci/lint.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["lint.json"], Directory.GetFileSystemEntries(Path.Combine(_ws.Path, "reports", "ci")).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_ContentFailsHalfway_TargetUntouchedAndNoTempFileLeft()
    {
        var target = _ws.Write("out/report.txt", "the previous report");

        var failure = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, w =>
        {
            w.Write(new string('x', 100_000));
            throw new InvalidOperationException("the reporter failed");
        }));

        Assert.Equal("the reporter failed", failure.Message);
        Assert.Equal("the previous report", File.ReadAllText(target));
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!));
    }
}
