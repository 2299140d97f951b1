var descriptor = new RuleDescriptor(
    Id: "AL5002",
    Name: "overdue",
    Title: "No open backlog item or planned release is past its date",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item", "release"],
    Messages = new()
    {
        ["item-overdue"] = "Backlog item '{id}' was due on {due}, {late} before {asOf}, and is still '{status}': finish it, drop it, or agree a new due_date with the stakeholders",
        ["release-overdue"] = "Release '{id}' was planned for {due}, {late} before {asOf}, and is still 'planned': mark it released with its released_date, cancel it, or move its date and tell the stakeholders",
    },
};

string Days(int days) => days == 1 ? "1 day" : $"{days} days";

return new Rule(descriptor, context =>
{
    var asOf = context.AsOf;
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsOpen && !i.IsEpic))
    {
        if (item.DueDate is { } due && due < asOf)
        {
            context.Report("item-overdue", item.LocationOf(BacklogItem.Fields.DueDate), new
            {
                id = item.Id,
                due = Format.Date(due),
                late = Days(asOf.DayNumber - due.DayNumber),
                asOf = Format.Date(asOf),
                status = item.Status,
            });
        }
    }

    foreach (var release in context.Workspace.Releases.Where(r => r.IsPlanned))
    {
        if (release.Date is { } date && date < asOf)
        {
            context.Report("release-overdue", release.LocationOf(Release.Fields.Date), new
            {
                id = release.Id,
                due = Format.Date(date),
                late = Days(asOf.DayNumber - date.DayNumber),
                asOf = Format.Date(asOf),
            });
        }
    }
});
