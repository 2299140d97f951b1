var descriptor = new RuleDescriptor(
    Id: "AL2005",
    Name: "in-progress-item-has-assignee",
    Title: "A backlog item in progress has an assignee",
    MessageFormat: "Backlog item '{0}' is in progress ('{1}') but nobody is assigned: add who works on it in 'assignee' (assignee: [name]), or move it back to ready",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
};

return new Rule(descriptor, context =>
{
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsInProgress && !i.IsEpic))
    {
        // An 'assignee' that fails the schema (a single name instead of a list) is AL1001's finding.
        var invalid = item.Has("assignee") && item.Field<object>("assignee") is null;
        if (invalid || item.Assignees.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            continue;
        }

        context.Report(item.LocationOf("status"), item.Id, item.Status);
    }
});
