using System.Text.RegularExpressions;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>Turns how a guarded run ended into AL0003, AL0004 or AL0014 at the script line where it stopped.</summary>
internal static class RuleFailure
{
    // findingLimit: how many locations the rule could report (see FindingSink); 0 for code that cannot report.
    public static Diagnostic? Describe(GuardedRun run, string who, RuleLimits limits, Func<Exception, Location> locate, Location start, int findingLimit = 0)
    {
        if (!run.IsDone)
        {
            return RuleDiagnostics.Abandoned(start, who, limits.Timeout);
        }

        var at = run.Exception is { } e ? locate(e) : start;

        // What the guards recorded wins over the exception seen: the base library may wrap theirs
        // (a comparer that threw inside Sort), and a rule's catch may run before the guards throw.
        return run.AbortReason switch
        {
            RuleAbortReason.Timeout => RuleDiagnostics.Timeout(at, who, limits.Timeout),
            RuleAbortReason.MemoryExceeded => RuleDiagnostics.MemoryExceeded(at, who, limits),
            RuleAbortReason.StackExhausted => RuleDiagnostics.TooDeep(at, who),
            RuleAbortReason.TooManyFindings => RuleDiagnostics.TooManyFindings(at, who, findingLimit),
            _ => run.Exception switch
            {
                // A call that never reached a guard but returned within the grace period still ran past the limit.
                null when run.IsTimedOut => RuleDiagnostics.Timeout(start, who, limits.Timeout),
                null => null,
                OperationCanceledException when run.IsTimedOut => RuleDiagnostics.Timeout(at, who, limits.Timeout),
                InsufficientExecutionStackException => RuleDiagnostics.TooDeep(at, who),
                OutOfMemoryException oom => RuleDiagnostics.OutOfMemory(at, who, limits, oom.GetType().Name, run.ExceptionMessage!),
                RegexMatchTimeoutException => RuleDiagnostics.RegexTimeout(at, who),
                var thrown => RuleDiagnostics.Threw(at, who, thrown.GetType().Name, run.ExceptionMessage!),
            },
        };
    }
}
