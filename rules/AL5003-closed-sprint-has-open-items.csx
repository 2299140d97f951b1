var descriptor = new RuleDescriptor(
    Id: "AL5003",
    Name: "closed-sprint-has-open-items",
    Title: "A closed or ended sprint holds no open backlog items",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["sprint", "backlog-item"],
    Messages = new()
    {
        ["closed-with-open-item"] = "Sprint '{id}' is closed but still holds 1 open backlog item: {items}; move it to the current or a later sprint (or out of any sprint), or mark it done or dropped",
        ["closed-with-open-items"] = "Sprint '{id}' is closed but still holds {count} open backlog items: {items}; move them to the current or a later sprint (or out of any sprint), or mark them done or dropped",
        ["ended-with-open-item"] = "Sprint '{id}' ended on {end} but still holds 1 open backlog item: {items}; move it to the current or a later sprint (or out of any sprint), or mark it done or dropped",
        ["ended-with-open-items"] = "Sprint '{id}' ended on {end} but still holds {count} open backlog items: {items}; move them to the current or a later sprint (or out of any sprint), or mark them done or dropped",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var sprint in context.Workspace.Sprints)
    {
        // end_date is inclusive: a sprint ending on the as-of date has not ended yet.
        var ended = sprint.EndDate is { } end && end < context.AsOf;
        if (!sprint.IsClosed && !ended)
        {
            continue;
        }

        var open = sprint.Items.Where(i => i.IsOpen && !i.IsEpic).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        if (open.Count == 0)
        {
            continue;
        }

        var listed = Format.List(open, i => $"{Excerpt.Of(i.Id)} ({i.Status})");

        var related = open.Select(i => new RelatedLocation(i.LocationOf(BacklogItem.Fields.Sprint), $"'{Excerpt.Of(i.Id)}' is '{i.Status}' and still in sprint '{Excerpt.Of(sprint.Id)}'"));
        var message = (sprint.IsClosed ? "closed" : "ended") + (open.Count == 1 ? "-with-open-item" : "-with-open-items");
        context.Report(message, sprint.LocationOf(Sprint.Fields.Status), new
        {
            id = sprint.Id,
            end = sprint.EndDate is { } date ? Format.Date(date) : null,
            count = open.Count,
            items = listed,
        }, related);
    }
});
