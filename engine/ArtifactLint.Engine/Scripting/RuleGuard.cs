using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ArtifactLint.Scripting;

/// <summary>
/// Called by code the engine inserts into every loop body, method and lambda of a rule script,
/// so that a rule past its time limit or its memory budget, or recursing without end, stops with
/// a diagnostic instead of hanging or killing the linter. Rule authors never call it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    // Each rule runs on its own thread and, unless trusted, may not start others, so a thread-static
    // slot reaches the rule's code inside LINQ lambdas too, at the cost of one TLS read. The same state
    // flows (as an AsyncLocal) into threads and tasks a trusted rule starts: their guards read it there.
    [ThreadStatic]
    private static GuardState? t_state;

    [ThreadStatic]
    private static GuardState? t_lentTo;

    [ThreadStatic]
    private static long t_lentAllocated;

    private static readonly AsyncLocal<GuardState?> s_flowing = new();

    /// <summary>Throws when the current rule is out of time, memory or stack.</summary>
    public static void Check()
    {
        var state = t_state;
        if (state is null)
        {
            CheckElsewhere();
            return;
        }

        // The thread's allocation counter is a field of the thread: reading it costs about what the TLS read does.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        if (state.PollOutOfTime(allocated))
        {
            throw state.Abort(RuleAbortReason.Timeout);
        }

        if (allocated + state.LentBytes > state.AllocationLimit)
        {
            throw state.Abort(RuleAbortReason.MemoryExceeded);
        }

        if (StackPointer() < state.StackLimit)
        {
            throw state.Abort(RuleAbortReason.StackExhausted);
        }
    }

    /// <summary>
    /// The filter put on every catch clause of a rule: once the rule is being stopped,
    /// no catch in rule code may swallow that.
    /// </summary>
    public static bool MayCatch() => (t_state ?? s_flowing.Value) is not { } state || (state.Reason is null && !state.IsOutOfTime);

    /// <param name="token">Signalled at the time limit.</param>
    /// <param name="deadline">The time limit as a <see cref="System.Diagnostics.Stopwatch"/> timestamp: checked directly, because the
    /// token's timer fires on the thread pool, which a busy machine may not run in time.</param>
    /// <param name="memoryBudget">How many bytes the rule may allocate from now on.</param>
    internal static void Enter(CancellationToken token, long deadline, long memoryBudget)
    {
        var state = new GuardState(token, deadline, GC.GetAllocatedBytesForCurrentThread(), memoryBudget, StackPointer() - GuardedRun.RuleStackDepth);
        t_state = state;
        s_flowing.Value = state;
    }

    /// <summary>Stops the current rule from engine code it called (its Report): the reason is recorded as a guard's would be.</summary>
    internal static RuleAbortedException Stop(RuleAbortReason reason) =>
        (t_state ?? s_flowing.Value)?.Abort(reason) ?? new RuleAbortedException(reason);

    /// <summary>Leaves the rule's code; returns why the guards stopped it, if they did.</summary>
    internal static RuleAbortReason? Exit()
    {
        var reason = t_state?.Reason;
        t_state = null;
        s_flowing.Value = null;
        return reason;
    }

    // The stack grows down on every platform .NET runs on: the address of a local is how deep the thread is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe nuint StackPointer()
    {
        byte probe = 0;
        return (nuint)(&probe);
    }

    // A thread a trusted rule started (PLINQ, a task): time and stack as on the rule's thread; memory
    // summed over the threads, each adding what it allocated between two of its guards.
    private static void CheckElsewhere()
    {
        var state = s_flowing.Value;
        if (state is not null)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            if (t_lentTo == state)
            {
                state.Lend(allocated - t_lentAllocated);
            }

            (t_lentTo, t_lentAllocated) = (state, allocated);
            if (state.IsOutOfTime)
            {
                throw state.Abort(RuleAbortReason.Timeout);
            }

            if (state.IsOverBudgetElsewhere)
            {
                throw state.Abort(RuleAbortReason.MemoryExceeded);
            }
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw state?.Abort(RuleAbortReason.StackExhausted) ?? new RuleAbortedException(RuleAbortReason.StackExhausted);
        }
    }
}
