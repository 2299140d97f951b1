using ArtifactLint.Api;
using ArtifactLint.Baselines;

namespace ArtifactLint.Running;

/// <summary>
/// <c>--new-since REV</c>, after the baseline and before the PATH filter: hides the findings that REV had already,
/// wherever they are, so that a change is held to what it breaks, in the files it touched or in any other.
/// </summary>
internal static class KnownPhase
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, KnownOutcome? Outcome) Apply(
        KnownFindings? known, (IReadOnlyList<Diagnostic> Diagnostics, BaselineOutcome? Outcome) baselined, ReportFilter filter)
    {
        if (known is null)
        {
            return (baselined.Diagnostics, null);
        }

        var entries = known.Without(baselined.Outcome?.Entries ?? []);
        var match = Baseline.Match(baselined.Diagnostics, entries);
        var hidden = baselined.Diagnostics.Count(filter.Includes) - match.Diagnostics.Count(filter.Includes);
        return (match.Diagnostics, new KnownOutcome(known.Revision, hidden));
    }
}
