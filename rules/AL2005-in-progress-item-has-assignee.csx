var descriptor = new RuleDescriptor(
    Id: "AL2005",
    Name: "in-progress-item-has-assignee",
    Title: "A backlog item in progress has an assignee",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    Messages = new()
    {
        ["no-assignee"] = "Backlog item '{id}' is in progress ('{status}') but nobody is assigned: add who works on it in 'assignee' (assignee: [name]), or move it back to ready",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsInProgress && !i.IsEpic))
    {
        // An 'assignee' that fails the schema (a single name instead of a list) is AL1001's finding.
        var invalid = item.Has(BacklogItem.Fields.Assignee) && !item.HasValue(BacklogItem.Fields.Assignee);
        if (invalid || item.Assignees.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            continue;
        }

        context.Report("no-assignee", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id, status = item.Status });
    }
});
