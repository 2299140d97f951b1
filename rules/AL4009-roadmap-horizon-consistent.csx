var descriptor = new RuleDescriptor(
    Id: "AL4009",
    Name: "roadmap-horizon-consistent",
    Title: "A 'now' roadmap item has work in a current or planned sprint, and a 'later' item has none",
    Category: "Planning",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["roadmap-item", "backlog-item", "sprint"],
    Messages = new()
    {
        ["now-without-sprint"] = "Roadmap item '{id}' is on the 'now' horizon but none of its backlog items is in an active or planned sprint: plan its work into a sprint, or move it to 'next'",
        ["later-in-sprint"] = "Roadmap item '{id}' is on the 'later' horizon but its backlog item '{item}' is in sprint '{sprint}': move the roadmap item to 'now' or 'next', or take that work out of the sprint",
    },
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
            context.Report("now-without-sprint", roadmapItem.LocationOf(RoadmapItem.Fields.Horizon), new { id = roadmapItem.Id });
        }
        else if (roadmapItem.Horizon == "later" && work is not null)
        {
            context.Report(
                "later-in-sprint",
                roadmapItem.LocationOf(RoadmapItem.Fields.Horizon),
                new { id = roadmapItem.Id, item = work.Id, sprint = work.SprintId },
                [new RelatedLocation(work.LocationOf(BacklogItem.Fields.Sprint), $"backlog item '{Excerpt.Of(work.Id)}' is in sprint '{Excerpt.Of(work.SprintId)}'")]);
        }
    }
});
