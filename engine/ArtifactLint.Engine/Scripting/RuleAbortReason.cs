namespace ArtifactLint.Scripting;

/// <summary>Why the engine stopped a rule from inside its own code.</summary>
internal enum RuleAbortReason
{
    Timeout,
    StackExhausted,
    MemoryExceeded,
    TooManyFindings,
}
