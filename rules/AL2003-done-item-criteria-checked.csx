var descriptor = new RuleDescriptor(
    Id: "AL2003",
    Name: "done-item-criteria-checked",
    Title: "A done backlog item has no unchecked acceptance criterion",
    MessageFormat: "Backlog item '{0}' is '{1}' but its acceptance criterion '{2}' is not checked{3}: check it ('- [x]') if it was met, or reopen the item",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
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

        var others = open.Count == 1 ? "" : $" ({open.Count} of its {item.AcceptanceCriteria.Count} criteria are unchecked)";
        context.Report(open[0].Location, item.Id, item.Status, open[0].Text.Trim(), others);
    }
});
