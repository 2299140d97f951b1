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
    object Late(Artifact a, DateOnly due) =>
        new { id = a.Id, due = Format.Date(due), late = Days(asOf.DayNumber - due.DayNumber), asOf = Format.Date(asOf), status = a.Status };
    foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsOpen && !i.IsEpic && i.DueDate < asOf))
    {
        context.Report("item-overdue", item.LocationOf(BacklogItem.Fields.DueDate), Late(item, item.DueDate!.Value));
    }

    foreach (var release in context.Workspace.Releases.Where(r => r.IsPlanned && r.Date < asOf))
    {
        context.Report("release-overdue", release.LocationOf(Release.Fields.Date), Late(release, release.Date!.Value));
    }
});
