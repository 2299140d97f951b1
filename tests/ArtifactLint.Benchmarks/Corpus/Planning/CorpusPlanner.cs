using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Planning;

internal static class CorpusPlanner
{
    public static CorpusPlan Plan(int total, int seed)
    {
        var counts = KindCounts.ForTotal(total);
        var timeline = new Timeline(counts.Sprints, counts.Releases);
        var breakages = BreakagePlanner.Plan(counts, seed);
        string[] goalStatuses = GoalStatuses(counts.Goals, seed);
        string[] roadmapStatuses = RoadmapStatuses(counts.RoadmapItems, seed);
        var targets = new ReferenceTargets(counts, timeline, breakages, goalStatuses, roadmapStatuses);
        var backlog = BacklogPlanner.Plan(counts, timeline, targets, seed);

        var documents = DocumentKinds.All.ToDictionary(
            kind => kind,
            kind => Enumerable.Range(0, counts[kind])
                .Select(index => new PlannedDocument(kind, index, DocumentKinds.Id(kind, index), PathOf(kind, index, backlog), targets.BreakageOf(kind, index)))
                .ToArray());

        return new CorpusPlan(seed, counts, timeline, targets, documents, goalStatuses, roadmapStatuses, backlog, Capacities(counts, backlog, seed));
    }

    private static string PathOf(DocumentKind kind, int index, BacklogFacts[] backlog) => kind switch
    {
        DocumentKind.Vision => "vision.md",
        // backlog items sit in one sub-folder per product area, as teams tend to file them
        DocumentKind.BacklogItem => $"backlog/{AreaCatalog.Areas[backlog[index].Area].Slug}/{DocumentKinds.Id(kind, index)}.md",
        _ => $"{DocumentKinds.Folder(kind)}/{DocumentKinds.Id(kind, index)}.md",
    };

    private static string[] GoalStatuses(int count, int seed)
    {
        var random = Seeds.For(seed, stream: 2, index: 0);
        string[] statuses = ["active", "proposed", "achieved", "dropped"];
        // the first goal is active so that every reference has a target
        return Enumerable.Range(0, count).Select(g => g == 0 ? "active" : statuses[random.Weighted(60, 15, 15, 10)]).ToArray();
    }

    // Roadmap items run from done (the past) to proposed (the far future), in index order.
    private static string[] RoadmapStatuses(int count, int seed)
    {
        var random = Seeds.For(seed, stream: 3, index: 0);
        return Enumerable.Range(0, count).Select(i =>
        {
            double position = (double)i / count;
            return i > 0 && random.Chance(0.05) ? "dropped"
                : position < 0.45 ? "done"
                : position < 0.6 ? "in-progress"
                : position < 0.8 ? "planned"
                : "proposed";
        }).ToArray();
    }

    // Capacity a little above what is committed, so the corpus has no over-committed sprint.
    private static int[] Capacities(KindCounts counts, BacklogFacts[] backlog, int seed)
    {
        var random = Seeds.For(seed, stream: 5, index: 0);
        var committed = new int[counts.Sprints];
        foreach (var item in backlog.Where(b => b.Sprint is not null && b.Status != "dropped"))
        {
            committed[item.Sprint!.Value] += item.Estimate;
        }

        return committed.Select(points => points == 0 ? 20 : (int)Math.Ceiling(points * 1.1) + random.Next(5)).ToArray();
    }
}
