using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Baselines;

/// <summary>Records findings as baseline entries, and hides the findings a baseline covers.</summary>
internal static class Baseline
{
    public const string DefaultFileName = ".artifactlint-baseline.json";

    /// <summary>Findings suppressed inline are not recorded; engine failures are never accepted.</summary>
    public static bool CanRecord(Diagnostic diagnostic) =>
        diagnostic.Suppression is null && !EngineRules.IsEngineFailure(diagnostic.Id);

    /// <summary>One entry per key, with the number of findings that have it, sorted by key.</summary>
    public static IReadOnlyList<BaselineEntry> Record(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(CanRecord)
            .GroupBy(BaselineKey.Of)
            .Select(g => new BaselineEntry(g.Key, g.Count()))
            .OrderBy(e => e.Key)
            .ToArray();

    /// <summary>
    /// Hides up to <c>Count</c> findings per entry, the first in report order: when a key has more findings than
    /// recorded, the last ones are the new ones.
    /// </summary>
    public static BaselineMatch Match(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<BaselineEntry> entries)
    {
        var left = new Dictionary<BaselineKey, int>();
        foreach (var entry in entries)
        {
            left[entry.Key] = left.GetValueOrDefault(entry.Key) + entry.Count;
        }

        var sorted = diagnostics.ToList();
        sorted.Sort(DiagnosticOrder.Instance);
        var kept = new List<Diagnostic>(sorted.Count);
        var hidden = 0;
        foreach (var diagnostic in sorted)
        {
            var key = BaselineKey.Of(diagnostic);
            if (CanRecord(diagnostic) && left.TryGetValue(key, out var count) && count > 0)
            {
                left[key] = count - 1;
                hidden++;
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        var totals = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Count));
        var unmatched = totals.Count(t => left[t.Key] == t.Value);
        var shrunk = totals.Count(t => left[t.Key] > 0 && left[t.Key] < t.Value);
        return new BaselineMatch(kept, hidden, unmatched, shrunk);
    }
}
