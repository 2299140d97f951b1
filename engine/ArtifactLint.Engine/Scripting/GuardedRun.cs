using System.Diagnostics;

namespace ArtifactLint.Scripting;

/// <summary>
/// Runs rule code on its own thread, with a time limit, a memory budget and a depth its guards
/// observe, on a stack much deeper than that depth. Code that never reaches a guard (a long call
/// into the base library) is abandoned by the caller's watchdog: the thread is a background thread,
/// so it cannot keep the process alive.
/// </summary>
/// <remarks>
/// A stack overflow ends the process; it cannot be caught. The guards stop the rule's own code at
/// <see cref="RuleStackDepth"/>; below that, the stack must hold whatever the base library does
/// between two guards. An iterator or delegate chain the rule built (<c>e = e.Select(...)</c> in a
/// loop) is walked by the library as deep as it is long, and the chain is bounded by the memory
/// budget: measured up to about 1.7 bytes of stack per byte of chain, so the stack gets twice the
/// budget. The reservation is address space; only the pages used are memory.
/// </remarks>
internal sealed class GuardedRun
{
    /// <summary>How deep, in bytes of stack, a rule's own code may recurse before its guards stop it.</summary>
    public const int RuleStackDepth = 16 << 20;

    // What a thread's stack can be (an int), and what is asked for if the system refuses the deep one.
    private const long MostStack = 2047L << 20;
    private const int FallbackStack = 64 << 20;

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
        run._clock.Start();
        try
        {
            StartThread(run, body, StackSize(limits));
        }
        catch (OutOfMemoryException)
        {
            // A system that commits thread stacks up front (strict overcommit) may refuse the deep one.
            StartThread(run, body, FallbackStack);
        }

        return run;
    }

    /// <summary>The rule thread's stack: the guarded depth, room for the base library below it, and twice the memory budget.</summary>
    public static int StackSize(RuleLimits limits) => (int)Math.Min(MostStack, 2L * RuleStackDepth + 2 * limits.MemoryBytes);

    private static void StartThread(GuardedRun run, Action<CancellationToken> body, int stackSize) =>
        new Thread(() => run.Execute(body), stackSize) { IsBackground = true, Name = "ArtifactLint rule" }.Start();

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
            ExceptionMessage = RuleText.MessageOf(e);
        }
        finally
        {
            AbortReason = RuleGuard.Exit();
            _done.Set();
        }
    }
}
