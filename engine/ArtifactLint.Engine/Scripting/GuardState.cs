namespace ArtifactLint.Scripting;

/// <summary>One rule run as its guards see it: the time limit, the memory budget, and why it was stopped.</summary>
internal sealed class GuardState(CancellationToken token, long deadline, long allocatedAtStart, long budget, nuint stackLimit)
{
    // Reading the clock costs more than the rest of a check, and guards run in every loop and lambda of
    // every rule: the clock is read on one check in 256, the token (set by a timer) on each.
    private const int ChecksPerClockRead = 256;

    private long _lentBytes;
    private long _ownBytes;
    private int _checks;
    private int _reason = -1;

    public long Budget { get; } = budget;

    /// <summary>The rule thread's allocation counter past which the rule is over its budget.</summary>
    public long AllocationLimit { get; } = allocatedAtStart + budget;

    /// <summary>Bytes allocated by the threads a trusted rule started, as their guards counted them.</summary>
    public long LentBytes => Volatile.Read(ref _lentBytes);

    /// <summary>Whether the rule, all its threads together, is over its budget (seen from a thread it started).</summary>
    public bool IsOverBudgetElsewhere => Volatile.Read(ref _ownBytes) + LentBytes > Budget;

    /// <summary>The stack address below which the rule's own code has recursed too deeply.</summary>
    public nuint StackLimit { get; } = stackLimit;

    public RuleAbortReason? Reason => Volatile.Read(ref _reason) is var reason and >= 0 ? (RuleAbortReason)reason : null;

    public bool IsOutOfTime => token.IsCancellationRequested || System.Diagnostics.Stopwatch.GetTimestamp() >= deadline;

    public bool PollOutOfTime(long allocated)
    {
        if (token.IsCancellationRequested)
        {
            return true;
        }

        if (++_checks % ChecksPerClockRead != 0)
        {
            return false;
        }

        // Published for the guards of threads a trusted rule started.
        Volatile.Write(ref _ownBytes, allocated - (AllocationLimit - Budget));
        return IsOutOfTime;
    }

    public void Lend(long bytes) => Interlocked.Add(ref _lentBytes, bytes);

    /// <summary>Records the first reason the rule was stopped for (later ones follow from it) and returns the exception to throw.</summary>
    public RuleAbortedException Abort(RuleAbortReason reason)
    {
        Interlocked.CompareExchange(ref _reason, (int)reason, -1);
        return new RuleAbortedException(reason);
    }
}
