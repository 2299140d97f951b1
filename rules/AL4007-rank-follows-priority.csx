var descriptor = new RuleDescriptor(
    Id: "AL4007",
    Name: "rank-follows-priority",
    Title: "No open backlog item is ranked below one of lower priority",
    MessageFormat: "Backlog item '{0}' has priority {1} but is ranked {2}, below backlog item '{3}' with priority {4} at rank {5}: move '{0}' up the backlog or lower its priority",
    Category: "Planning",
    DefaultSeverity: Severity.Info)
{
    Kinds = ["backlog-item"],
};

int Weight(string? priority) => priority switch
{
    "critical" => 4,
    "high" => 3,
    "medium" => 2,
    "low" => 1,
    _ => 0,
};

return new Rule(descriptor, context =>
{
    var ranked = context.Workspace.BacklogItems
        .Where(i => !i.IsEpic && i.IsOpen && i.Rank is not null && Weight(i.Priority) > 0)
        .OrderBy(i => i.Rank)
        .ThenBy(i => i.Path, StringComparer.Ordinal)
        .ToList();

    // One pass from the top: the lowest priority seen so far among strictly higher ranks.
    // Items sharing a rank are not above one another (that is AL4006's finding).
    BacklogItem? lowestAbove = null;
    var start = 0;
    while (start < ranked.Count)
    {
        var end = start;
        while (end < ranked.Count && ranked[end].Rank == ranked[start].Rank)
        {
            end++;
        }

        for (var i = start; i < end; i++)
        {
            var item = ranked[i];
            if (lowestAbove is not null && Weight(lowestAbove.Priority) < Weight(item.Priority))
            {
                context.Report(
                    item.LocationOf("rank"),
                    [new RelatedLocation(lowestAbove.LocationOf("rank"), $"backlog item '{Excerpt.Of(lowestAbove.Id)}' ({lowestAbove.Priority}) is ranked {lowestAbove.Rank}")],
                    item.Id,
                    item.Priority,
                    item.Rank,
                    lowestAbove.Id,
                    lowestAbove.Priority,
                    lowestAbove.Rank);
            }
        }

        for (var i = start; i < end; i++)
        {
            if (lowestAbove is null || Weight(ranked[i].Priority) < Weight(lowestAbove.Priority))
            {
                lowestAbove = ranked[i];
            }
        }

        start = end;
    }
});
