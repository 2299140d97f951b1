var descriptor = new RuleDescriptor(
    Id: "AL3006",
    Name: "no-reference-to-closed",
    Title: "An open backlog item does not point at a closed release or a dropped goal",
    Category: "Traceability",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item", "release", "goal"],
    Messages = new()
    {
        ["released"] = "Backlog item '{id}' is open but its release '{release}' was already released: move it to a planned release, or clear 'release'",
        ["cancelled"] = "Backlog item '{id}' is open but its release '{release}' was cancelled: move it to a planned release, or clear 'release'",
        ["dropped-goal"] = "Backlog item '{id}' is open but its goal '{goal}' was dropped: remove it from 'goals' (the item still serves {others})",
    },
};

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    foreach (var item in ws.BacklogItems.Where(i => i.Status is not null && i.IsOpen && i.Type is not null && !i.IsEpic))
    {
        if (item.Release is { Status: "released" or "cancelled" } release)
        {
            context.Report(release.Status == "released" ? "released" : "cancelled", item.LocationOf(BacklogItem.Fields.Release), new { id = item.Id, release = release.Id });
        }

        // Only a dropped goal next to one that still counts: an item with no such goal left is AL3001's finding.
        var goals = item.GoalIds.Select(id => ws.Find<Goal>(id)).ToList();
        var kept = goals.Where(g => g is { Status: not null, IsDropped: false }).Select(g => g!.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (kept.Count == 0)
        {
            continue;
        }

        // Listed once per item, and only the first ones: an item serving thousands of goals gets messages of a readable length.
        var others = Format.List(kept, id => $"'{Excerpt.Of(id)}'");
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] is { IsDropped: true } goal)
            {
                context.Report("dropped-goal", item.LocationOf(BacklogItem.Fields.Goals, i), new { id = item.Id, goal = goal.Id, others });
            }
        }
    }
});
