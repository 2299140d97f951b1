var descriptor = new RuleDescriptor(
    Id: "AL4006",
    Name: "backlog-rank-unique",
    Title: "Open backlog items have distinct ranks",
    MessageFormat: "Backlog item '{0}' has rank {1}, the same as backlog item '{2}': give each open backlog item its own rank so the backlog has one order",
    Category: "Planning",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
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
                item.LocationOf("rank"),
                [new RelatedLocation(holder.LocationOf("rank"), $"backlog item '{Excerpt.Of(holder.Id)}' has rank {rank}")],
                item.Id,
                rank,
                holder.Id);
        }
    }
});
