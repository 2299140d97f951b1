using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Running;

/// <summary>
/// The config's severity for engine diagnostics (<c>AL1004: error</c>, <c>unknown-property: off</c>).
/// Failures of the tool itself and config errors cannot be changed: they decide the exit code.
/// </summary>
internal static class EngineSeverities
{
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, RuleSettings settings)
    {
        var result = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var isEngine = d.Descriptor.Category is "Engine" or "Schema";
            if (!isEngine || EngineRules.IsToolFailure(d.Id) || d.Id == EngineRules.ConfigError.Id)
            {
                result.Add(d);
                continue;
            }

            if (settings.IsOff(d.Descriptor))
            {
                continue;
            }

            var severity = SeverityPolicy.Effective(d.Severity, d.Descriptor.DefaultSeverity, settings.For(d.Descriptor).Configured);
            result.Add(severity == d.Severity ? d : d with { Severity = severity });
        }

        return result;
    }
}
