var descriptor = new RuleDescriptor(
    Id: "AL4007",
    Name: "rank-follows-priority",
    Title: "No open backlog item is ranked below one of lower priority",
    Category: "Planning",
    DefaultSeverity: Severity.Info)
{
    Kinds = ["backlog-item"],
    Messages = new()
    {
        ["ranked-below-lower-priority"] = "Backlog item '{id}' has priority {priority} but is ranked {rank}, below backlog item '{above}' with priority {abovePriority} at rank {aboveRank}: move '{id}' up the backlog or lower its priority",
    },
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
                    "ranked-below-lower-priority",
                    item.LocationOf(BacklogItem.Fields.Rank),
                    new { id = item.Id, priority = item.Priority, rank = item.Rank, above = lowestAbove.Id, abovePriority = lowestAbove.Priority, aboveRank = lowestAbove.Rank },
                    [new RelatedLocation(lowestAbove.LocationOf(BacklogItem.Fields.Rank), $"backlog item '{Excerpt.Of(lowestAbove.Id)}' ({lowestAbove.Priority}) is ranked {lowestAbove.Rank}")]);
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
