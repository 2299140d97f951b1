using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// Orders the backlog along the timeline: the first 70% of items are scheduled into the
/// sprints in order (so dependencies on earlier items never point into a later sprint), the
/// rest wait in the backlog. Statuses follow the sprint: closed sprints are done.
/// </summary>
internal static class BacklogPlanner
{
    public const double ScheduledShare = 0.7;

    private static readonly string[] _types = ["story", "task", "bug", "spike", "chore"];

    public static BacklogFacts[] Plan(KindCounts counts, Timeline timeline, ReferenceTargets targets, int seed)
    {
        var random = Seeds.For(seed, stream: 4, index: 0);
        int total = counts.BacklogItems;
        int scheduledUntil = (int)(total * ScheduledShare);
        var facts = new BacklogFacts[total];
        var epics = new List<int>();
        for (int i = 0; i < total; i++)
        {
            double position = (double)i / total;
            int? sprintSlot = i < scheduledUntil ? i * counts.Sprints / scheduledUntil : null;
            if (i == 0 || random.Chance(0.06))
            {
                facts[i] = Epic(random, timeline, targets, sprintSlot, position, i, scheduledUntil, total);
                if (targets.IsClean(DocumentKind.BacklogItem, i))
                {
                    epics.Add(i);
                }

                continue;
            }

            string type = _types[random.Weighted(55, 15, 15, 5, 4)];
            int? parent = epics.Count > 0 && random.Chance(0.7) ? epics[epics.Count - 1 - random.Next(Math.Min(4, epics.Count))] : null;
            int area = parent is int p ? facts[p].Area : random.Next(AreaCatalog.Areas.Count);
            int? sprint = sprintSlot is int slot ? targets.Sprint(slot) : null;
            string status = sprint is int s ? ScheduledStatus(random, timeline.SprintStatus(s)) : WaitingStatus(random, i, scheduledUntil, total);
            int? roadmap = parent is int q ? facts[q].RoadmapItem : random.Chance(0.5) ? targets.RoadmapItem(position) : null;
            facts[i] = new BacklogFacts(type, area, status, Estimate(random, type), sprint, parent, roadmap);
        }

        return facts;
    }

    private static BacklogFacts Epic(Random random, Timeline timeline, ReferenceTargets targets, int? sprintSlot, double position, int index, int scheduledUntil, int total)
    {
        // children pick among the last few epics, so an epic is done only when the sprints
        // its children can land in are all closed
        string status = sprintSlot is int slot
            ? slot + 4 < timeline.ActiveSprint ? "done" : "in-progress"
            : (double)(index - scheduledUntil) / Math.Max(1, total - scheduledUntil) < 0.5 ? "refined" : "new";
        int estimate = random.Pick(new[] { 13, 20, 40 });
        return new BacklogFacts("epic", random.Next(AreaCatalog.Areas.Count), status, estimate, null, null, targets.RoadmapItem(position));
    }

    private static string ScheduledStatus(Random random, string sprintStatus) => sprintStatus switch
    {
        "closed" => random.Chance(0.95) ? "done" : "dropped",
        "active" => new[] { "done", "review", "in-progress", "ready" }[random.Weighted(30, 20, 30, 20)],
        _ => "ready",
    };

    private static string WaitingStatus(Random random, int index, int scheduledUntil, int total)
    {
        if (random.Chance(0.04))
        {
            return "dropped";
        }

        double depth = (double)(index - scheduledUntil) / Math.Max(1, total - scheduledUntil);
        return depth < 0.3 ? "ready" : depth < 0.6 ? "refined" : "new";
    }

    private static int Estimate(Random random, string type) => type switch
    {
        "story" => random.Pick(new[] { 1, 2, 3, 3, 5, 5, 8 }),
        "bug" => random.Pick(new[] { 1, 2, 3, 5 }),
        "spike" => random.Pick(new[] { 2, 3, 5 }),
        "chore" => random.Pick(new[] { 1, 2 }),
        _ => random.Pick(new[] { 1, 2, 3 }),
    };
}
