var descriptor = new RuleDescriptor(
    Id: "AL3006",
    Name: "no-reference-to-closed",
    Title: "An open backlog item does not point at a closed release or a dropped goal",
    MessageFormat: "Backlog item '{0}' is open but {1}",
    Category: "Traceability",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["backlog-item", "release", "goal"],
};

const int MaxListed = 10;

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    foreach (var item in ws.BacklogItems.Where(i => i.Status is not null && i.IsOpen && i.Type is not null && !i.IsEpic))
    {
        if (item.Release is { Status: "released" or "cancelled" } release)
        {
            var when = release.Status == "released" ? "was already released" : "was cancelled";
            context.Report(item.LocationOf("release"), item.Id, $"its release '{Excerpt.Of(release.Id)}' {when}: move it to a planned release, or clear 'release'");
        }

        // Only a dropped goal next to one that still counts: an item with no such goal left is AL3001's finding.
        var goals = item.GoalIds.Select(id => ws.Find<Goal>(id)).ToList();
        var kept = goals.Where(g => g is { Status: not null, IsDropped: false }).Select(g => g!.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (kept.Count == 0)
        {
            continue;
        }

        // Listed once per item, and only the first ones: an item serving thousands of goals gets messages of a readable length.
        var others = string.Join(", ", kept.Take(MaxListed).Select(id => $"'{Excerpt.Of(id)}'"))
            + (kept.Count > MaxListed ? $" and {kept.Count - MaxListed} more" : "");
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] is { IsDropped: true } goal)
            {
                context.Report(item.LocationOf("goals", i), item.Id, $"its goal '{Excerpt.Of(goal.Id)}' was dropped: remove it from 'goals' (the item still serves {others})");
            }
        }
    }
});
