namespace ArtifactLint.Scripting;

/// <summary>Thrown into rule code by <see cref="RuleGuard"/>; catch clauses in rules cannot swallow it.</summary>
internal sealed class RuleAbortedException(RuleAbortReason reason)
    : Exception(reason == RuleAbortReason.Timeout ? "the rule ran past its time limit" : "the rule recursed too deeply")
{
    public RuleAbortReason Reason { get; } = reason;
}
