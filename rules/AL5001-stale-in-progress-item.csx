var limit = RuleOption.Integer("days", 14, "How many days an item may stay in progress without an update.", minimum: 0);

var descriptor = new RuleDescriptor(
    Id: "AL5001",
    Name: "stale-in-progress-item",
    Title: "A backlog item in progress was updated recently",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    Options = [limit],
    Messages = new()
    {
        ["stale"] = "Backlog item '{id}' is in progress ('{status}') but was last updated on {updated}, {age} days before {asOf} (the limit is {days}): update it with where the work stands, or move it back out of progress",
    },
};

return new Rule(descriptor, context =>
{
    var days = context.Options.Get(limit);
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsInProgress && !i.IsEpic))
    {
        // Without an updated_date there is nothing to measure: the item is skipped, not flagged.
        if (item.UpdatedDate is not { } updated)
        {
            continue;
        }

        var age = context.AsOf.DayNumber - updated.DayNumber;
        if (age > days)
        {
            context.Report("stale", item.LocationOf(BacklogItem.Fields.UpdatedDate), new
            {
                id = item.Id,
                status = item.Status,
                updated = Format.Date(updated),
                age,
                asOf = Format.Date(context.AsOf),
                days,
            });
        }
    }
});
