var descriptor = new RuleDescriptor(
    Id: "AL4003",
    Name: "dependency-scheduled-first",
    Title: "A scheduled backlog item's open dependencies are scheduled no later than it",
    MessageFormat: "Backlog item '{0}' in sprint '{1}' depends on '{2}', {3}",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "sprint"],
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
                context.Report(
                    Severity.Warning,
                    item.LocationOf("dependencies", i),
                    item.Id,
                    sprint.Id,
                    dependency.Id,
                    $"which is open and in no sprint: schedule '{Excerpt.Of(dependency.Id)}' in sprint '{Excerpt.Of(sprint.Id)}' or earlier");
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
                item.LocationOf("dependencies", i),
                [new RelatedLocation(dependency.LocationOf("sprint"), $"'{Excerpt.Of(dependency.Id)}' is scheduled in sprint '{Excerpt.Of(later.Id)}'")],
                item.Id,
                sprint.Id,
                dependency.Id,
                $"which is scheduled in sprint '{Excerpt.Of(later.Id)}', starting {Format.Date(laterStart)}, after '{Excerpt.Of(sprint.Id)}' starts on {Format.Date(start)}: "
                    + $"move '{Excerpt.Of(dependency.Id)}' to sprint '{Excerpt.Of(sprint.Id)}' or earlier, or '{Excerpt.Of(item.Id)}' to '{Excerpt.Of(later.Id)}' or later");
        }
    }
});
