var descriptor = new RuleDescriptor(
    Id: "AL2003",
    Name: "done-item-criteria-checked",
    Title: "A done backlog item has no unchecked acceptance criterion",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    Messages = new()
    {
        ["unchecked"] = "Backlog item '{id}' is '{status}' but its acceptance criterion '{criterion}' is not checked: check it ('- [x]') if it was met, or reopen the item",
        ["unchecked-several"] = "Backlog item '{id}' is '{status}' but its acceptance criterion '{criterion}' is not checked ({count} of its {total} criteria are unchecked): check it ('- [x]') if it was met, or reopen the item",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsDone && !i.IsEpic))
    {
        var open = item.UncheckedAcceptanceCriteria;
        if (open.Count == 0)
        {
            continue;
        }

        context.Report(open.Count == 1 ? "unchecked" : "unchecked-several", open[0].Location, new
        {
            id = item.Id,
            status = item.Status,
            criterion = open[0].Text.Trim(),
            count = open.Count,
            total = item.AcceptanceCriteria.Count,
        });
    }
});
