using ArtifactLint.Diagnostics;

namespace ArtifactLint.Suppressions;

/// <summary>Which findings suppressions and the baseline may hide.</summary>
internal static class SuppressibleRules
{
    /// <summary>Whether an inline suppression may name the rule: not an engine failure, nor a finding about suppressions.</summary>
    public static bool CanSuppressInline(string id) =>
        !EngineRules.IsEngineFailure(id) && id is not ("AL0007" or "AL0008");
}
