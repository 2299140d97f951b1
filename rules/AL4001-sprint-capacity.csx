var descriptor = new RuleDescriptor(
    Id: "AL4001",
    Name: "sprint-capacity",
    Title: "A planned or active sprint's committed estimates fit its capacity",
    MessageFormat: "Sprint '{0}' is committed to {1} {2}: {3}; {4}",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint", "backlog-item"],
    OptionsSchema = @"{ ""type"": ""object"", ""properties"": { ""warn_at"": { ""type"": ""number"", ""minimum"": 0, ""maximum"": 1 } }, ""additionalProperties"": false }",
};

// Invariant whatever the process culture (2.5, never "2,5"), and without trailing zeros (5, never 5.0).
const int MaxListed = 10;

return new Rule(descriptor, context =>
{
    var warnAt = context.Options.Get("warn_at", 0.9m);
    foreach (var sprint in context.Workspace.Sprints.Where(s => s.IsPlanned || s.IsActive))
    {
        if (sprint.Capacity is not { } capacity)
        {
            continue;
        }

        var items = sprint.Items
            .Where(i => !i.IsEpic && !i.IsDropped)
            .OrderByDescending(i => i.Estimate ?? 0m)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var load = items.Sum(i => i.Estimate ?? 0m);
        Severity severity;
        string against;
        string fix;
        if (load > capacity)
        {
            severity = Severity.Error;
            against = $"but its capacity is {Format.Number(capacity)}";
            fix = "move items to a later sprint or split them";
        }
        else if (load > 0 && load >= warnAt * capacity)
        {
            severity = Severity.Warning;
            against = $"of its capacity of {Format.Number(capacity)}, at or above the warning share of {Format.Number(warnAt * 100)}%";
            fix = "leave room for unplanned work or move an item to a later sprint";
        }
        else
        {
            continue;
        }

        string Entry(BacklogItem i) => $"{Excerpt.Of(i.Id)} ({(i.Estimate is { } e ? Format.Number(e) : "no estimate")})";
        var listed = string.Join(", ", items.Take(MaxListed).Select(Entry));
        if (items.Count > MaxListed)
        {
            listed += $" and {items.Count - MaxListed} more";
        }

        var related = items.Select(i => new RelatedLocation(i.LocationOf("sprint"), $"{Entry(i)} is committed to sprint '{Excerpt.Of(sprint.Id)}'"));
        context.Report(severity, sprint.LocationOf("capacity"), related, sprint.Id, Format.Number(load) + (load == 1 ? " point" : " points"), against, listed, fix);
    }
});
