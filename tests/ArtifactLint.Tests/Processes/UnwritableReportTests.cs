using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Processes;

/// <summary>Reports and baselines the user may not write, as an unprivileged user sees them (root could write them).</summary>
[Collection(ProcessCollection.Name)]
[Trait("Requires", "setpriv")]
public sealed class UnwritableReportTests : IDisposable
{
    private readonly TempFolder _ws = new();

    public UnwritableReportTests()
    {
        _ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        _ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: redy\n---\n");
        Directory.CreateDirectory(Locked);
    }

    /// <summary>A folder only its owner (root) may write.</summary>
    private string Locked => Path.Combine(_ws.Path, "locked");

    public void Dispose() => _ws.Dispose();

    [UnprivilegedFact]
    public void Lint_ReportIntoAFolderItMayNotWrite_UsageErrorSaysPermissionDenied()
    {
        var run = UnprivilegedCli.Run(_ws.Path, "lint", "-f", "sarif:locked/report.sarif");

        Assert.Equal((2, "artifactlint: cannot write the report to 'locked/report.sarif': permission denied\n"), (run.ExitCode, run.Output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Locked));
    }

    [UnprivilegedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Lint_ReportOverAFileItMayNotReplace_UsageErrorAndTheTempFileIsRemoved()
    {
        // A sticky folder anyone may write into, holding root's report: the temp file is written, the rename is refused.
        File.SetUnixFileMode(Locked, (UnixFileMode)0b1_111_111_111);
        var report = Path.Combine(Locked, "report.json");
        File.WriteAllText(report, "root's report");

        var run = UnprivilegedCli.Run(_ws.Path, "lint", "--format", "json", "-o", report);

        Assert.Equal((2, $"artifactlint: cannot write the report to '{report}': permission denied\n"), (run.ExitCode, run.Output));
        Assert.Equal([report], Directory.EnumerateFileSystemEntries(Locked));
        Assert.Equal("root's report", File.ReadAllText(report));
    }

    [UnprivilegedFact]
    public void Lint_UpdateBaselineInAFolderItMayNotWrite_UsageErrorSaysPermissionDenied()
    {
        var run = UnprivilegedCli.Run(_ws.Path, "lint", "--update-baseline", "--baseline", "locked/baseline.json");

        Assert.Equal((2, "artifactlint: cannot write the baseline to 'locked/baseline.json': permission denied\n"), (run.ExitCode, run.Output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Locked));
    }
}
