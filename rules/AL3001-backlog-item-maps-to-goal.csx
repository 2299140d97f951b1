var types = RuleOption.BacklogItemTypes("types", ["epic", "story", "spike"], "The item types that must map to a goal. Add `bug` or `task` if those must trace to a goal on their own too.");

var descriptor = new RuleDescriptor(
    Id: "AL3001",
    Name: "backlog-item-maps-to-goal",
    Title: "Every open epic, story and spike maps to a goal that is not dropped",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "roadmap-item", "goal"],
    Options = [types],
    Messages = new()
    {
        ["no-goal"] = "Backlog item '{id}' is open but does not map to any goal: no goal is named in its 'goals', its parent chain or its roadmap item. Add the goal it serves to 'goals', or put it under an epic or roadmap item that has one",
        ["dropped-goals-only"] = "Backlog item '{id}' is open but reaches only dropped goals: {chain}. Link it to a proposed or active goal in 'goals', or drop the item if the work no longer matters",
    },
};

const int MaxSteps = 12;

// One backward walk from the given goals for the whole workspace: each artifact reached records its next
// step towards the nearest of them, how many steps that is and the goal it ends at, so following the steps
// gives the shortest chain (linear, cycle-safe).
Dictionary<Artifact, (Artifact Next, int Steps, Artifact Goal)> StepsTowards(Workspace ws, IEnumerable<Goal> goals)
{
    var next = new Dictionary<Artifact, (Artifact Next, int Steps, Artifact Goal)>();
    var queue = new Queue<Artifact>(goals.Where(g => !g.IsDuplicate));
    foreach (var goal in queue) next[goal] = (goal, 0, goal);
    while (queue.Count > 0)
    {
        var node = queue.Dequeue();
        var (_, steps, end) = next[node];
        IEnumerable<Artifact> referrers = node switch
        {
            Goal => ws.Referrers<BacklogItem>(BacklogItem.Fields.Goals, node.Id).Concat<Artifact>(ws.Referrers<RoadmapItem>(RoadmapItem.Fields.Goals, node.Id)),
            RoadmapItem => ws.Referrers<BacklogItem>(BacklogItem.Fields.RoadmapItem, node.Id),
            _ => ws.Referrers<BacklogItem>(BacklogItem.Fields.Parent, node.Id),
        };

        // References resolve by id: only the artifact that owns its id (not a duplicate) leads further.
        foreach (var from in referrers.Where(from => next.TryAdd(from, (node, steps + 1, end)) && !from.IsDuplicate)) queue.Enqueue(from);
    }

    return next;
}

// A chain of more than MaxSteps shows its first ten and the goal it ends at: every item of a chain thousands of
// parents long has its own finding, and naming the whole chain in each would grow with the square of its length.
string Chain(BacklogItem item, Dictionary<Artifact, (Artifact Next, int Steps, Artifact Goal)> next)
{
    string Step(Artifact a) => a switch { Goal g => $"goal {Excerpt.Of(g.Id)} ({g.Status})", RoadmapItem r => $"roadmap item {Excerpt.Of(r.Id)}", var p => $"parent {Excerpt.Of(p.Id)}" };
    var parts = new List<string> { Excerpt.Of(item.Id) };
    var total = next[item].Steps + 1;
    var shown = total > MaxSteps ? 10 : total;
    for (Artifact node = item; parts.Count < shown; node = next[node].Next)
    {
        parts.Add(Step(next[node].Next));
    }

    if (total > MaxSteps)
    {
        parts.Add($"… ({total - 11} more)");
        parts.Add(Step(next[item].Goal));
    }

    return string.Join(" → ", parts);
}

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    var checkedTypes = context.Options.Get(types).ToHashSet(StringComparer.Ordinal);
    var live = StepsTowards(ws, ws.Goals.Where(g => !g.IsDropped));
    var dropped = StepsTowards(ws, ws.Goals.Where(g => g.IsDropped));
    var links = new[] { BacklogItem.Fields.Goals, BacklogItem.Fields.Parent, BacklogItem.Fields.RoadmapItem };

    // A missing or wrongly-kinded reference up the chain is AL3002's finding, an unreadable one AL1001's:
    // fixing either may fix the mapping.
    // A roadmap item's goals are looked at once, however many items it holds.
    var roadmapBroken = new Dictionary<RoadmapItem, bool>();
    bool RoadmapBroken(RoadmapItem r) => roadmapBroken.TryGetValue(r, out var known) ? known : roadmapBroken[r] = r.GoalIds.Any(id => ws.Find<Goal>(id) is null);
    bool OwnBroken(BacklogItem b) => links.Any(f => b.Has(f) && !b.HasValue(f)) || b.GoalIds.Any(id => ws.Find<Goal>(id) is null)
        || (b.RoadmapItemId is { } rid && (ws.Find<RoadmapItem>(rid) is not { } r || RoadmapBroken(r)))
        || (b.ParentId is { } pid && ws.Find<BacklogItem>(pid) is null);
    var broken = new Dictionary<BacklogItem, bool>();
    bool Broken(BacklogItem start)
    {
        var path = new HashSet<BacklogItem>();
        var result = false;
        for (var b = start; b is not null && !broken.TryGetValue(b, out result) && path.Add(b); b = ws.Find<BacklogItem>(b.ParentId))
        {
            result = OwnBroken(b);
            if (result) break;
        }

        foreach (var b in path) broken[b] = result;
        return result;
    }

    foreach (var item in ws.BacklogItems.Where(i => i.Status is not null && i.IsOpen && i.Type is { } t && checkedTypes.Contains(t)))
    {
        if (live.ContainsKey(item) || item.IsDuplicate || Broken(item))
        {
            continue;
        }

        var location = links.FirstOrDefault(item.Has) is { } field ? item.LocationOf(field) : item.Start;
        context.Report(dropped.ContainsKey(item) ? "dropped-goals-only" : "no-goal", location, new { id = item.Id, chain = dropped.ContainsKey(item) ? Chain(item, dropped) : null });
    }
});
