var horizon = RuleOption.Integer("horizon_days", 14, "How many days ahead of the as-of date a planned sprint's start may be for its items to be checked. `0` checks only the active sprint and planned sprints that start today or earlier.", minimum: 0, maximum: 3650);

var descriptor = new RuleDescriptor(
    Id: "AL4002",
    Name: "sprint-items-ready",
    Title: "The items of the active sprint and of sprints starting soon are ready",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint", "backlog-item"],
    Options = [horizon],
    Messages = new()
    {
        ["active-sprint"] = "Backlog item '{id}' is '{status}' but it is in the active sprint '{sprint}': refine it until it is ready, or take it out of the sprint",
        ["sprint-soon"] = "Backlog item '{id}' is '{status}' but it is in sprint '{sprint}', which starts on {start} (within {days} days): refine it until it is ready, or take it out of the sprint",
        ["sprint-late"] = "Backlog item '{id}' is '{status}' but it is in sprint '{sprint}', planned to start on {start}, which has passed: refine it until it is ready, or take it out of the sprint",
    },
};

return new Rule(descriptor, context =>
{
    var horizonDays = context.Options.Get(horizon);
    var horizonEnd = context.AsOf.AddDays(horizonDays);
    foreach (var sprint in context.Workspace.Sprints)
    {
        // A planned sprint whose start has already passed is the most urgent of all.
        var start = sprint.StartDate;
        var message = sprint.IsActive ? "active-sprint"
            : !sprint.IsPlanned || start is null || start > horizonEnd ? null
            : start < context.AsOf ? "sprint-late"
            : "sprint-soon";
        if (message is null)
        {
            continue;
        }

        foreach (var item in sprint.Items)
        {
            if (item.IsEpic || item.Status is null || item.IsDropped || item.IsReady)
            {
                continue;
            }

            context.Report(message, item.LocationOf(BacklogItem.Fields.Sprint), new
            {
                id = item.Id,
                status = item.Status,
                sprint = sprint.Id,
                start = start is { } date ? Format.Date(date) : null,
                days = horizonDays,
            });
        }
    }
});
