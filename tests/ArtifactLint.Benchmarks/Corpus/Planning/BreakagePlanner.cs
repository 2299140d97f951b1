namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// Chooses which documents are broken and how: 5% of the corpus, dealt round-robin over the
/// breakage kinds so each gets the same share, on documents drawn at random from those the
/// breakage applies to.
/// </summary>
internal static class BreakagePlanner
{
    public const double BrokenShare = 0.05;

    public static Dictionary<(DocumentKind Kind, int Index), Breakage> Plan(KindCounts counts, int seed)
    {
        var random = Seeds.For(seed, stream: 1, index: 0);
        int target = (int)Math.Round(counts.Total * BrokenShare);

        // Shuffle each breakage's pool up front, in a fixed order, so the result depends on
        // the seed and the counts only.
        var pools = Breakages.All.ToDictionary(b => b, b => new Queue<(DocumentKind, int)>(Order(b, random.Shuffled(Candidates(counts, b)))));

        var chosen = new Dictionary<(DocumentKind, int), Breakage>();
        var brokenPerKind = DocumentKinds.All.ToDictionary(k => k, _ => 0);
        bool progress = true;
        while (chosen.Count < target && progress)
        {
            progress = false;
            foreach (var breakage in Breakages.All)
            {
                if (chosen.Count == target)
                {
                    break;
                }

                if (TryTake(pools[breakage], chosen, brokenPerKind, counts, out var document))
                {
                    chosen.Add(document, breakage);
                    brokenPerKind[document.Item1]++;
                    progress = true;
                }
            }
        }

        return chosen;
    }

    private static IEnumerable<(DocumentKind, int)> Candidates(KindCounts counts, Breakage breakage) =>
        from kind in DocumentKinds.All
        where Breakages.AppliesTo(breakage, kind)
        // the first document of each kind stays clean: a duplicate id copies it, and
        // references always have a target
        from index in Enumerable.Range(1, Math.Max(0, counts[kind] - 1))
        select (kind, index);

    // Versions like 1.10, which unquoted lose their trailing zero, go first: that is the
    // pitfall PRODUCT.md describes. The sort is stable, so the shuffle decides the rest.
    private static IEnumerable<(DocumentKind, int)> Order(Breakage breakage, List<(DocumentKind, int)> shuffled) =>
        breakage == Breakage.UnquotedVersion ? shuffled.OrderBy(c => ReleaseVersions.LosesTrailingZero(c.Item2) ? 0 : 1) : shuffled;

    private static bool TryTake(
        Queue<(DocumentKind, int)> pool,
        Dictionary<(DocumentKind, int), Breakage> chosen,
        Dictionary<DocumentKind, int> brokenPerKind,
        KindCounts counts,
        out (DocumentKind, int) document)
    {
        while (pool.TryDequeue(out document))
        {
            // at most half of a kind is broken, so small kinds (releases) keep clean targets
            if (!chosen.ContainsKey(document) && brokenPerKind[document.Item1] < counts[document.Item1] / 2)
            {
                return true;
            }
        }

        return false;
    }
}
