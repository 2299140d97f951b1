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
    var ranked = context.Workspace.BacklogItems.Where(i => !i.IsEpic && i.IsOpen && i.Rank is not null).ToList();
    var taken = ranked.Select(i => i.Rank!.Value).ToHashSet();

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
            var location = item.LocationOf(BacklogItem.Fields.Rank);

            // A suggestion, never applied by --fix: the first free rank after it puts the item just below its holder
            // without renumbering the rest, but which of the two goes first is the product owner's order.
            var free = rank;
            while (taken.Contains(free) && free < int.MaxValue) free++;
            taken.Add(free);
            context.Report(
                "duplicate-rank",
                location,
                new { id = item.Id, rank, holder = holder.Id },
                [new RelatedLocation(holder.LocationOf(BacklogItem.Fields.Rank), $"backlog item '{Excerpt.Of(holder.Id)}' has rank {rank}")],
                suggestions: location.Line == location.EndLine ? [Fix.Replace(location, free.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Give '{Excerpt.Of(item.Id)}' rank {free}, the first free rank after {rank}")] : null);
        }
    }
});
