using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ArtifactLint.Scripting;

/// <summary>
/// Called by code the engine inserts into every loop body, method and lambda of a rule script,
/// so that a rule past its time limit, or recursing without end, stops with a diagnostic
/// instead of hanging or killing the linter. Rule authors never call it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    // Each rule runs on its own thread and may not start others, so a thread-static slot
    // reaches the rule's code inside LINQ lambdas too, at the cost of one TLS read.
    [ThreadStatic]
    private static GuardState? t_state;

    /// <summary>Throws when the current rule is out of time or out of stack.</summary>
    public static void Check()
    {
        var state = t_state;
        if (state is not null && state.PollOutOfTime())
        {
            state.Aborted = true;
            throw new RuleAbortedException(RuleAbortReason.Timeout);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            state?.Aborted = true;
            throw new RuleAbortedException(RuleAbortReason.StackExhausted);
        }
    }

    /// <summary>
    /// The filter put on every catch clause of a rule: once the rule is being stopped,
    /// no catch in rule code may swallow that.
    /// </summary>
    public static bool MayCatch() => t_state is not { } state || (!state.Aborted && !state.IsOutOfTime);

    /// <param name="token">Signalled at the time limit.</param>
    /// <param name="deadline">The time limit as a <see cref="System.Diagnostics.Stopwatch"/> timestamp: checked directly, because the
    /// token's timer fires on the thread pool, which a busy machine may not run in time.</param>
    internal static void Enter(CancellationToken token, long deadline) => t_state = new GuardState(token, deadline);

    internal static void Exit() => t_state = null;

    private sealed class GuardState(CancellationToken token, long deadline)
    {
        // Reading the clock costs more than the rest of a check, and guards run in every loop and lambda of
        // every rule: the clock is read on one check in 256, the token (set by a timer) on each.
        private const int ChecksPerClockRead = 256;
        private int _checks;

        public bool IsOutOfTime => token.IsCancellationRequested || System.Diagnostics.Stopwatch.GetTimestamp() >= deadline;

        public bool PollOutOfTime() => token.IsCancellationRequested || (++_checks % ChecksPerClockRead == 0 && IsOutOfTime);

        public bool Aborted { get; set; }
    }
}
