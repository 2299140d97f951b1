var descriptor = new RuleDescriptor(
    Id: "AL5001",
    Name: "stale-in-progress-item",
    Title: "A backlog item in progress was updated recently",
    MessageFormat: "Backlog item '{0}' is in progress ('{1}') but was last updated on {2}, {3} days before {4} (the limit is {5}): update it with where the work stands, or move it back out of progress",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    OptionsSchema = @"{ ""type"": ""object"", ""properties"": { ""days"": { ""type"": ""integer"", ""minimum"": 0 } }, ""additionalProperties"": false }",
};

return new Rule(descriptor, context =>
{
    var days = context.Options.Get("days", 14);
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
            context.Report(item.LocationOf("updated_date"), item.Id, item.Status, Format.Date(updated), age, Format.Date(context.AsOf), days);
        }
    }
});
