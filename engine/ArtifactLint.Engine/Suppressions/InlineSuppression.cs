using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>A valid inline suppression: the rules it names, the lines it covers and its reason.</summary>
/// <param name="Scope">Which lines it covers.</param>
/// <param name="Location">The comment.</param>
/// <param name="TargetLine">The covered line (0 when there is none, e.g. next-line at the end of the file); unused for a file scope.</param>
/// <param name="Rules">The named rules, without repeats, in the order written.</param>
/// <param name="Reason">The text after <c> -- </c>.</param>
internal sealed record InlineSuppression(
    SuppressionScope Scope,
    Location Location,
    int TargetLine,
    IReadOnlyList<RuleDescriptor> Rules,
    string Reason)
{
    public bool Covers(Location location) =>
        Scope == SuppressionScope.File || location.Line == TargetLine;
}
