var limitOption = RuleOption.Integer("limit", 3, "The most non-epic items one person may have in progress.", minimum: 1, maximum: 10000);

var descriptor = new RuleDescriptor(
    Id: "AL4008",
    Name: "wip-limit",
    Title: "No assignee has more backlog items in progress than the work-in-progress limit",
    Category: "Planning",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item"],
    Options = [limitOption],
    Messages = new()
    {
        ["over-limit"] = "Assignee '{assignee}' has {count} backlog items in progress, more than the limit of {limit}; '{id}' is beyond the limit in backlog order: finish {kept} first, or pause '{id}' or hand it over",
    },
};

return new Rule(descriptor, context =>
{
    var limit = context.Options.Get(limitOption);
    var byAssignee = new Dictionary<string, List<(BacklogItem Item, int Index)>>(StringComparer.Ordinal);
    foreach (var item in context.Workspace.BacklogItems)
    {
        if (item.IsEpic || !item.IsInProgress)
        {
            continue;
        }

        var assignees = item.Assignees;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < assignees.Count; i++)
        {
            if (!seen.Add(assignees[i]))
            {
                continue;
            }

            if (!byAssignee.TryGetValue(assignees[i], out var list))
            {
                byAssignee[assignees[i]] = list = [];
            }

            list.Add((item, i));
        }
    }

    // The items within the limit are the top of the backlog order (rank, unranked last, then path):
    // the ones beyond it are those the person should pause first.
    foreach (var (person, entries) in byAssignee)
    {
        if (entries.Count <= limit)
        {
            continue;
        }

        var ordered = entries
            .OrderBy(e => e.Item.Rank ?? int.MaxValue)
            .ThenBy(e => e.Item.Path, StringComparer.Ordinal)
            .ToList();
        // A limit in the thousands names (and points at) only the first items kept: each finding beyond the
        // limit naming them all would grow with the square of the limit.
        var kept = ordered.Take(limit).ToList();
        var keptText = Format.List(kept, e => $"'{Excerpt.Of(e.Item.Id)}'");
        foreach (var (item, index) in ordered.Skip(limit))
        {
            var related = kept.Take(Format.MaxListed).Select(e => new RelatedLocation(e.Item.LocationOf(BacklogItem.Fields.Assignee, e.Index), $"'{Excerpt.Of(e.Item.Id)}' is in progress for '{Excerpt.Of(person)}' within the limit"));
            context.Report("over-limit", item.LocationOf(BacklogItem.Fields.Assignee, index), new { assignee = person, count = entries.Count, limit, id = item.Id, kept = keptText }, related);
        }
    }
});
