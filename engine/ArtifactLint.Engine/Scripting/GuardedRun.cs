using System.Diagnostics;

namespace ArtifactLint.Scripting;

/// <summary>
/// Runs rule code on its own thread, with a stack big enough for the depth probe to turn runaway
/// recursion into an exception, and a time limit and memory budget its guards observe. Code that
/// never reaches a guard (a long call into the base library) is abandoned by the caller's watchdog:
/// the thread is a background thread, so it cannot keep the process alive.
/// </summary>
internal sealed class GuardedRun
{
    public const int StackSize = 4 * 1024 * 1024;

    private readonly ManualResetEventSlim _done = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Stopwatch _clock = new();
    private readonly RuleLimits _limits;

    private GuardedRun(RuleLimits limits) => _limits = limits;

    public Exception? Exception { get; private set; }

    /// <summary>The exception's message, read on the rule's thread under its guards: a rule's own exception type may override it.</summary>
    public string? ExceptionMessage { get; private set; }

    /// <summary>Why the guards stopped the code, when they did (even if what they threw was wrapped or swallowed by the base library).</summary>
    public RuleAbortReason? AbortReason { get; private set; }

    public bool IsDone => _done.IsSet;

    public WaitHandle WaitHandle => _done.WaitHandle;

    /// <summary>Whether the time limit has passed (the guards are throwing).</summary>
    public bool IsTimedOut => _cancellation.IsCancellationRequested;

    /// <summary>When the watchdog gives up: the time limit plus a grace period for the guards to act.</summary>
    public TimeSpan Remaining => _limits.Timeout + Grace(_limits.Timeout) - _clock.Elapsed;

    public static GuardedRun Start(Action<CancellationToken> body, RuleLimits limits)
    {
        var run = new GuardedRun(limits);
        var thread = new Thread(() => run.Execute(body), StackSize) { IsBackground = true, Name = "ArtifactLint rule" };
        run._clock.Start();
        thread.Start();
        return run;
    }

    /// <summary>Waits for the code to finish; false when the watchdog had to give up.</summary>
    public bool Wait()
    {
        var remaining = Remaining;
        return _done.Wait(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
    }

    private static TimeSpan Grace(TimeSpan timeout) => TimeSpan.FromTicks(Math.Min(timeout.Ticks, TimeSpan.FromSeconds(2).Ticks));

    private void Execute(Action<CancellationToken> body)
    {
        _cancellation.CancelAfter(_limits.Timeout);
        RuleGuard.Enter(_cancellation.Token, Stopwatch.GetTimestamp() + (long)(_limits.Timeout.TotalSeconds * Stopwatch.Frequency), _limits.MemoryBytes);
        try
        {
            body(_cancellation.Token);
        }
        catch (Exception e)
        {
            Exception = e;
            ExceptionMessage = RuleMessages.MessageOf(e);
        }
        finally
        {
            AbortReason = RuleGuard.Exit();
            _done.Set();
        }
    }
}
