namespace ArtifactLint.Baselines;

/// <summary>What the baseline did in a run, for the lines printed before the summary.</summary>
/// <param name="Path">The baseline file, relative to the workspace root.</param>
/// <param name="Match">What it hid and which entries are stale.</param>
/// <param name="Written">The number of entries written by <c>--update-baseline</c>, or null when the file was only read.</param>
internal sealed record BaselineOutcome(string Path, BaselineMatch Match, int? Written)
{
    /// <summary>The entries it read or wrote.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; init; } = [];

    /// <summary>The lines to print on stderr before the summary (none when there is nothing to say).</summary>
    public IEnumerable<string> Notes()
    {
        if (Written is { } written)
        {
            yield return $"baseline: wrote {Count(written, "entry", "entries")} ({Count(Match.Hidden, "finding", "findings")}) to {Path}";
            yield break;
        }

        if (Match.Hidden > 0)
        {
            yield return $"baseline: {Count(Match.Hidden, "known finding", "known findings")} hidden ({Path})";
        }

        if (Match.Unmatched > 0)
        {
            var (verb, pronoun) = Match.Unmatched == 1 ? ("matches", "it") : ("match", "them");
            yield return $"baseline: {Count(Match.Unmatched, "entry", "entries")} no longer {verb} any finding; run with --update-baseline to prune {pronoun}";
        }

        if (Match.Shrunk > 0)
        {
            var (verb, pronoun) = Match.Shrunk == 1 ? ("matches", "it") : ("match", "them");
            yield return $"baseline: {Count(Match.Shrunk, "entry", "entries")} {verb} fewer findings than recorded; run with --update-baseline to tighten {pronoun}";
        }
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
