var descriptor = new RuleDescriptor(
    Id: "AL4002",
    Name: "sprint-items-ready",
    Title: "The items of the active sprint and of sprints starting soon are ready",
    MessageFormat: "Backlog item '{0}' is '{1}' but {2}: refine it until it is ready, or take it out of the sprint",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint", "backlog-item"],
    OptionsSchema = @"{ ""type"": ""object"", ""properties"": { ""horizon_days"": { ""type"": ""integer"", ""minimum"": 0, ""maximum"": 3650 } }, ""additionalProperties"": false }",
};

return new Rule(descriptor, context =>
{
    var horizonDays = context.Options.Get("horizon_days", 14);
    var horizonEnd = context.AsOf.AddDays(horizonDays);
    foreach (var sprint in context.Workspace.Sprints)
    {
        string where;
        if (sprint.IsActive)
        {
            where = $"it is in the active sprint '{Excerpt.Of(sprint.Id)}'";
        }
        else if (sprint.IsPlanned && sprint.StartDate is { } start && start <= horizonEnd)
        {
            // A planned sprint whose start has already passed is the most urgent of all.
            where = start < context.AsOf
                ? $"it is in sprint '{Excerpt.Of(sprint.Id)}', planned to start on {Format.Date(start)}, which has passed"
                : $"it is in sprint '{Excerpt.Of(sprint.Id)}', which starts on {Format.Date(start)} (within {horizonDays} days)";
        }
        else
        {
            continue;
        }

        foreach (var item in sprint.Items)
        {
            if (item.IsEpic || item.Status is null || item.IsDropped || item.IsReady)
            {
                continue;
            }

            context.Report(item.LocationOf("sprint"), item.Id, item.Status, where);
        }
    }
});
