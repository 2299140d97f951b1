namespace ArtifactLint.Baselines;

/// <summary>
/// The findings of an earlier state (<c>--new-since REV</c>), keyed and counted as a baseline is: a finding of the run
/// that one of them matches is not new, wherever it is.
/// </summary>
/// <param name="Revision">The revision as the user named it ("HEAD", "origin/main"), for the summary.</param>
/// <param name="Entries">Its findings by key, paths already renamed to what git sees them renamed to since.</param>
internal sealed record KnownFindings(string Revision, IReadOnlyList<BaselineEntry> Entries)
{
    /// <summary>
    /// Less what the baseline accepts: "with --baseline as well, baselined findings are removed from both sides first",
    /// so that a key the baseline covers twice, found twice before and three times now, has one new finding, not none.
    /// </summary>
    public IReadOnlyList<BaselineEntry> Without(IReadOnlyList<BaselineEntry> baseline)
    {
        if (baseline.Count == 0)
        {
            return Entries;
        }

        var accepted = baseline.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Count));
        return [.. Entries.Select(e => e with { Count = e.Count - accepted.GetValueOrDefault(e.Key) }).Where(e => e.Count > 0)];
    }

    /// <summary>The entries with their paths renamed (workspace-relative, old → new).</summary>
    public static IReadOnlyList<BaselineEntry> Renamed(IReadOnlyList<BaselineEntry> entries, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0
            ? entries
            : [.. entries.Select(e => renames.TryGetValue(e.Key.Path, out var now) ? e with { Key = e.Key with { Path = now } } : e)];
}
