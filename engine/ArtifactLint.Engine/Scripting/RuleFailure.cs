using System.Text.RegularExpressions;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>Turns how a guarded run ended into AL0003 or AL0004 at the script line where it stopped.</summary>
internal static class RuleFailure
{
    public static Diagnostic? Describe(GuardedRun run, string who, TimeSpan timeout, Func<Exception, Location> locate, Location start)
    {
        if (!run.IsDone)
        {
            return RuleDiagnostics.Abandoned(start, who, timeout);
        }

        return run.Exception switch
        {
            // A call that never reached a guard but returned within the grace period still ran past the limit.
            null when run.IsTimedOut => RuleDiagnostics.Timeout(start, who, timeout),
            null => null,
            RuleAbortedException { Reason: RuleAbortReason.Timeout } e => RuleDiagnostics.Timeout(locate(e), who, timeout),
            OperationCanceledException e when run.IsTimedOut => RuleDiagnostics.Timeout(locate(e), who, timeout),
            RuleAbortedException or InsufficientExecutionStackException => RuleDiagnostics.TooDeep(locate(run.Exception), who),
            RegexMatchTimeoutException e => RuleDiagnostics.RegexTimeout(locate(e), who),
            var e => RuleDiagnostics.Threw(locate(e), who, e),
        };
    }
}
