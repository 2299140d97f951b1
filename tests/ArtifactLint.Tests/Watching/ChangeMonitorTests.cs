using ArtifactLint.Tests.Support;
using ArtifactLint.Watching;

namespace ArtifactLint.Tests.Watching;

public sealed class ChangeMonitorTests
{
    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task NextBatch_ASaveInSeveralSteps_IsOneBatchWithoutTheTempFiles()
    {
        using var ws = new TempFolder();
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\n---\n");
        using var monitor = new ChangeMonitor();
        Assert.Empty(monitor.Watch(ws.Path, [new WatchFolder(ws.Path, Recursive: true)]));

        // As an editor saves: a swap file, a temp file renamed over the document, then a touch.
        ws.Write("backlog/.PB-1.md.swp", "x");
        ws.Write("backlog/PB-1.md.tmp", "---\nid: PB-1\ntitle: Export\n---\n");
        File.Move(Path.Combine(ws.Path, "backlog/PB-1.md.tmp"), Path.Combine(ws.Path, "backlog/PB-1.md"), overwrite: true);
        File.SetLastWriteTimeUtc(Path.Combine(ws.Path, "backlog/PB-1.md"), DateTime.UtcNow);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(25));

        var batch = await monitor.NextBatchAsync(s_quiet, timeout.Token);

        Assert.Equal(["backlog/PB-1.md"], batch);
    }

    [Fact]
    public async Task NextBatch_Cancelled_Throws()
    {
        using var ws = new TempFolder();
        using var monitor = new ChangeMonitor();
        monitor.Watch(ws.Path, [new WatchFolder(ws.Path, Recursive: true)]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => monitor.NextBatchAsync(s_quiet, cancelled.Token));
    }

    [Fact]
    public void Watch_FolderThatDoesNotExist_IsSkippedWithoutAProblem()
    {
        using var ws = new TempFolder();
        using var monitor = new ChangeMonitor();

        Assert.Empty(monitor.Watch(ws.Path, [new WatchFolder(ws.Path, true), new WatchFolder(Path.Combine(ws.Path, "missing"), false)]));
    }
}
