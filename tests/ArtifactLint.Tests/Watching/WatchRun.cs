using ArtifactLint.Cli;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Watching;

/// <summary><c>artifactlint watch</c> run in-process on a background task, stopped by cancellation as Ctrl+C stops it.</summary>
internal sealed class WatchRun : IDisposable
{
    // Generous for a loaded 2-core machine (the first run may compile rules); an idle one answers in well under a second.
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(25);

    private readonly CancellationTokenSource _stop = new();
    private readonly SharedWriter _out = new();
    private readonly SharedWriter _error = new();
    private readonly Task<int> _run;

    private WatchRun(string workingDirectory, string toolDirectory, string[] args)
    {
        var variables = new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = TestCache.Directory };
        var environment = new CliEnvironment(_out, _error, workingDirectory, variables)
        {
            ToolDirectory = toolDirectory,
            Cancellation = _stop.Token,
        };
        _run = Task.Run(() => CliApp.Run(["watch", .. args], environment));
    }

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    /// <summary>Starts a watch with the engine's diagnostics only, and waits until it watches.</summary>
    public static WatchRun EngineOnly(string workingDirectory, params string[] args)
    {
        var run = new WatchRun(workingDirectory, EngineOnlyTool.Directory, args);
        run.WaitUntil(r => r.Error.Contains("press Ctrl+C to stop", StringComparison.Ordinal), "the first run");
        return run;
    }

    /// <summary>The summary lines on stderr so far: one a run.</summary>
    public IReadOnlyList<string> Summaries() =>
        Lines(Error).Where(l => l.Contains(" errors, ", StringComparison.Ordinal) || l.Contains(" error, ", StringComparison.Ordinal)).ToArray();

    /// <summary>The text reports so far: stdout cut at the separator lines.</summary>
    public IReadOnlyList<string> Reports() =>
        Out.Split('\n').Aggregate(new List<string> { "" }, (reports, line) =>
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                reports.Add("");
            }
            else if (line.Length > 0)
            {
                reports[^1] += line + "\n";
            }

            return reports;
        });

    /// <summary>Polls until <paramref name="condition"/> holds; fails with what the watch wrote if it does not in time.</summary>
    public void WaitUntil(Func<WatchRun, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (!condition(this))
        {
            if (_run.IsCompleted || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"waiting for {what}: the watch {(_run.IsCompleted ? "ended" : "did not get there")}.\nstdout:\n{Out}\nstderr:\n{Error}");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Ends the watch as Ctrl+C does and returns its exit code.</summary>
    public int Stop()
    {
        _stop.Cancel();
        Assert.True(_run.Wait(s_timeout), "the watch did not stop after cancellation");
        return _run.Result;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _run.Wait(s_timeout);
        _stop.Dispose();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
