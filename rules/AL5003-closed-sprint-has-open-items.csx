var descriptor = new RuleDescriptor(
    Id: "AL5003",
    Name: "closed-sprint-has-open-items",
    Title: "A closed or ended sprint holds no open backlog items",
    MessageFormat: "Sprint '{0}' {1} but still holds {2}: {3}; move {4} to the current or a later sprint (or out of any sprint), or mark {4} done or dropped",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["sprint", "backlog-item"],
};

const int MaxListed = 10;

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

        var state = sprint.IsClosed ? "is closed" : $"ended on {Format.Date(sprint.EndDate!.Value)}";
        var held = open.Count == 1 ? "1 open backlog item" : $"{open.Count} open backlog items";
        var listed = string.Join(", ", open.Take(MaxListed).Select(i => $"{Excerpt.Of(i.Id)} ({i.Status})"));
        if (open.Count > MaxListed)
        {
            listed += $" and {open.Count - MaxListed} more";
        }

        var related = open.Select(i => new RelatedLocation(i.LocationOf("sprint"), $"'{Excerpt.Of(i.Id)}' is '{i.Status}' and still in sprint '{Excerpt.Of(sprint.Id)}'"));
        context.Report(sprint.LocationOf("status"), related, sprint.Id, state, held, listed, open.Count == 1 ? "it" : "them");
    }
});
