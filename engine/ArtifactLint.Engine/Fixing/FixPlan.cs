using ArtifactLint.Api;

namespace ArtifactLint.Fixing;

/// <summary>
/// Which fixes one pass of <c>--fix</c> applies to a file: each finding's fix in the order of the findings, skipping a fix
/// that touches text an earlier one already changes (or inserts where it inserts), as ESLint does; the next pass,
/// after a lint of the changed text, takes what was skipped if it still applies.
/// </summary>
internal static class FixPlan
{
    /// <summary>The fixes taken from <paramref name="fixes"/> (all with edits in <paramref name="file"/> only), in order.</summary>
    public static IReadOnlyList<Fix> Choose(FileText file, IEnumerable<Fix> fixes)
    {
        var taken = new List<(int Start, int End)>();
        var chosen = new List<Fix>();
        foreach (var fix in fixes)
        {
            var spans = fix.Edits.Select(e => file.SpanOf(e.Location)).ToList();
            if (fix.Edits.Count == 0 || spans.Any(s => s is null))
            {
                continue;
            }

            var mine = spans.Select(s => s!.Value).ToList();
            if (Overlaps(mine, mine, self: true) || Overlaps(mine, taken, self: false))
            {
                continue;
            }

            taken.AddRange(mine);
            chosen.Add(fix);
        }

        return chosen;
    }

    private static bool Overlaps(List<(int Start, int End)> these, List<(int Start, int End)> those, bool self)
    {
        for (var i = 0; i < these.Count; i++)
        {
            for (var j = self ? i + 1 : 0; j < those.Count; j++)
            {
                var (a, b) = (these[i], those[j]);
                if ((a.Start < b.End && b.Start < a.End) || a.Start == b.Start || (a.Start == a.End && a.Start > b.Start && a.Start < b.End)
                    || (b.Start == b.End && b.Start > a.Start && b.Start < a.End))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
