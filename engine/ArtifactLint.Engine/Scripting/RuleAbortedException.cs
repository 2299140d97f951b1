namespace ArtifactLint.Scripting;

/// <summary>Thrown into rule code by <see cref="RuleGuard"/>; catch clauses in rules cannot swallow it.</summary>
internal sealed class RuleAbortedException(RuleAbortReason reason) : Exception(Describe(reason))
{
    public RuleAbortReason Reason { get; } = reason;

    private static string Describe(RuleAbortReason reason) => reason switch
    {
        RuleAbortReason.Timeout => "the rule ran past its time limit",
        RuleAbortReason.MemoryExceeded => "the rule allocated more than its memory budget",
        RuleAbortReason.TooManyFindings => "the rule reported more findings than the engine keeps",
        _ => "the rule recursed too deeply",
    };
}
