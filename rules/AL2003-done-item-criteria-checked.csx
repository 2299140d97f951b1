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
        var unchecked = item.AcceptanceCriteria.Where(c => !c.IsChecked).ToList();
        if (unchecked.Count == 0)
        {
            continue;
        }

        var others = unchecked.Count == 1 ? "" : $" ({unchecked.Count - 1} more below it are not checked either)";
        context.Report(unchecked[0].Location, item.Id, item.Status, unchecked[0].Text.Trim(), others);
    }
});
