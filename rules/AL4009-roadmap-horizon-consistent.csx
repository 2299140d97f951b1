var descriptor = new RuleDescriptor(
    Id: "AL4009",
    Name: "roadmap-horizon-consistent",
    Title: "A 'now' roadmap item has work in a current or planned sprint, and a 'later' item has none",
    MessageFormat: "Roadmap item '{0}' is on the '{1}' horizon but {2}",
    Category: "Planning",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["roadmap-item", "backlog-item", "sprint"],
};

return new Rule(descriptor, context =>
{
    // Roadmap item id -> the first scheduled backlog item (in path order) whose parent chain reaches it.
    var scheduled = new Dictionary<string, BacklogItem>(StringComparer.Ordinal);
    var walked = new HashSet<BacklogItem>();
    foreach (var item in context.Workspace.BacklogItems)
    {
        if (item.IsDropped || item.Sprint is not { } sprint || !(sprint.IsActive || sprint.IsPlanned))
        {
            continue;
        }

        // Each item is walked once over the whole run: an ancestor already walked has passed its
        // roadmap items on, and a parent cycle (AL3007's finding) ends the walk too.
        for (var current = item; current is not null && walked.Add(current); current = current.Parent)
        {
            if (current.RoadmapItemId is { } roadmapId)
            {
                scheduled.TryAdd(roadmapId, item);
            }
        }
    }

    foreach (var roadmapItem in context.Workspace.RoadmapItems)
    {
        if (!roadmapItem.IsOpen)
        {
            continue;
        }

        var work = scheduled.GetValueOrDefault(roadmapItem.Id);
        if (roadmapItem.Horizon == "now" && work is null)
        {
            context.Report(
                roadmapItem.LocationOf("horizon"),
                roadmapItem.Id,
                "now",
                "none of its backlog items is in an active or planned sprint: plan its work into a sprint, or move it to 'next'");
        }
        else if (roadmapItem.Horizon == "later" && work is not null)
        {
            context.Report(
                roadmapItem.LocationOf("horizon"),
                [new RelatedLocation(work.LocationOf("sprint"), $"backlog item '{Excerpt.Of(work.Id)}' is in sprint '{Excerpt.Of(work.SprintId)}'")],
                roadmapItem.Id,
                "later",
                $"its backlog item '{Excerpt.Of(work.Id)}' is in sprint '{Excerpt.Of(work.SprintId)}': move the roadmap item to 'now' or 'next', or take that work out of the sprint");
        }
    }
});
