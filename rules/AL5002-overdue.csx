var descriptor = new RuleDescriptor(
    Id: "AL5002",
    Name: "overdue",
    Title: "No open backlog item or planned release is past its date",
    MessageFormat: "{0} '{1}' {2} {3}, {4} {5} before {6}, and {7}: {8}",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item", "release"],
};

return new Rule(descriptor, context =>
{
    var asOf = context.AsOf;
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsOpen && !i.IsEpic))
    {
        if (item.DueDate is { } due && due < asOf)
        {
            var late = asOf.DayNumber - due.DayNumber;
            context.Report(item.LocationOf("due_date"), "Backlog item", item.Id, "was due on", Format.Date(due), late, late == 1 ? "day" : "days",
                Format.Date(asOf), $"is still '{item.Status}'", "finish it, drop it, or agree a new due_date with the stakeholders");
        }
    }

    foreach (var release in context.Workspace.Releases.Where(r => r.IsPlanned))
    {
        if (release.Date is { } date && date < asOf)
        {
            var late = asOf.DayNumber - date.DayNumber;
            context.Report(release.LocationOf("date"), "Release", release.Id, "was planned for", Format.Date(date), late, late == 1 ? "day" : "days",
                Format.Date(asOf), "is still 'planned'", "mark it released with its released_date, cancel it, or move its date and tell the stakeholders");
        }
    }
});
