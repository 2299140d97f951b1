using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// What the rules found, in rule order and, within a rule, in report order. <see cref="AbandonedRules"/>
/// lists rules still running in a call that could not be interrupted: the CLI writes the report
/// and exits 2.
/// </summary>
internal sealed record RuleRunResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> AbandonedRules)
{
    public bool HasAbandonedRules => AbandonedRules.Count > 0;
}
