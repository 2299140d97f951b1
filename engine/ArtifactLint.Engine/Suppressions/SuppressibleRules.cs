namespace ArtifactLint.Suppressions;

/// <summary>Which findings suppressions and the baseline may hide.</summary>
internal static class SuppressibleRules
{
    /// <summary>
    /// Engine failures (a rule that does not compile, load, run or finish; a broken config, schema or
    /// baseline) say the tool could not do its job: hiding them would hide that the check did not happen.
    /// </summary>
    public static bool IsEngineFailure(string id) =>
        id is "AL0002" or "AL0003" or "AL0004" or "AL0005" or "AL0006" or "AL0011" or "AL0012" or "AL0013" or "AL0014";

    /// <summary>Whether an inline suppression may name the rule: not an engine failure, nor a finding about suppressions.</summary>
    public static bool CanSuppressInline(string id) =>
        !IsEngineFailure(id) && id is not ("AL0007" or "AL0008");
}
