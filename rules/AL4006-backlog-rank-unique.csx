var descriptor = new RuleDescriptor(
    Id: "AL4006",
    Name: "backlog-rank-unique",
    Title: "Open backlog items have distinct ranks",
    Category: "Planning",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    Messages = new()
    {
        ["duplicate-rank"] = "Backlog item '{id}' has rank {rank}, the same as backlog item '{holder}': give each open backlog item its own rank so the backlog has one order",
    },
};

return new Rule(descriptor, context =>
{
    // Items come in path order, so the first holder of a rank keeps it and later ones are reported.
    var first = new Dictionary<int, BacklogItem>();
    foreach (var item in context.Workspace.BacklogItems)
    {
        if (item.IsEpic || !item.IsOpen || item.Rank is not { } rank)
        {
            continue;
        }

        if (!first.TryAdd(rank, item))
        {
            var holder = first[rank];
            context.Report(
                "duplicate-rank",
                item.LocationOf(BacklogItem.Fields.Rank),
                new { id = item.Id, rank, holder = holder.Id },
                [new RelatedLocation(holder.LocationOf(BacklogItem.Fields.Rank), $"backlog item '{Excerpt.Of(holder.Id)}' has rank {rank}")]);
        }
    }
});
