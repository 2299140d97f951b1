var descriptor = new RuleDescriptor(
    Id: "AL4003",
    Name: "dependency-scheduled-first",
    Title: "A scheduled backlog item's open dependencies are scheduled no later than it",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "sprint"],
    Messages = new()
    {
        ["scheduled-later"] = "Backlog item '{id}' in sprint '{sprint}' depends on '{dependency}', which is scheduled in sprint '{later}', starting {laterStart}, after '{sprint}' starts on {start}: move '{dependency}' to sprint '{sprint}' or earlier, or '{id}' to '{later}' or later",
        ["unscheduled"] = "Backlog item '{id}' in sprint '{sprint}' depends on '{dependency}', which is open and in no sprint: schedule '{dependency}' in sprint '{sprint}' or earlier",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var item in context.Workspace.BacklogItems)
    {
        // An unknown sprint or dependency id is AL3002's finding, a self-dependency AL3003's.
        if (!item.IsOpen || item.Sprint is not { } sprint)
        {
            continue;
        }

        var ids = item.DependencyIds;
        for (var i = 0; i < ids.Count; i++)
        {
            var dependency = context.Workspace.Find<BacklogItem>(ids[i]);
            if (dependency is null || object.ReferenceEquals(dependency, item) || !dependency.IsOpen)
            {
                continue;
            }

            if (dependency.SprintId is null)
            {
                context.Report(Severity.Warning, "unscheduled", item.DependencyLocationOf(i), new { id = item.Id, sprint = sprint.Id, dependency = dependency.Id });
                continue;
            }

            if (dependency.Sprint is not { } later
                || sprint.StartDate is not { } start
                || later.StartDate is not { } laterStart
                || laterStart <= start)
            {
                continue;
            }

            context.Report(
                "scheduled-later",
                item.DependencyLocationOf(i),
                new { id = item.Id, sprint = sprint.Id, dependency = dependency.Id, later = later.Id, laterStart = Format.Date(laterStart), start = Format.Date(start) },
                [new RelatedLocation(dependency.LocationOf(BacklogItem.Fields.Sprint), $"'{Excerpt.Of(dependency.Id)}' is scheduled in sprint '{Excerpt.Of(later.Id)}'")]);
        }
    }
});
