var descriptor = new RuleDescriptor(
    Id: "AL3004",
    Name: "roadmap-item-goal-active",
    Title: "An open roadmap item serves at least one proposed or active goal",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["roadmap-item", "goal"],
    Messages = new()
    {
        ["no-goal"] = "Roadmap item '{id}' is {status} but names no goal: link it to a proposed or active goal in 'goals', or set its status to done or dropped",
        ["no-live-goal"] = "Roadmap item '{id}' is {status} but none of its goals is proposed or active ({goals}): link it to a proposed or active goal in 'goals', or set its status to done or dropped",
    },
};

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    foreach (var item in ws.RoadmapItems.Where(r => r.Status is not null && r.IsOpen))
    {
        var goals = item.GoalIds.Select(id => ws.Find<Goal>(id)).ToList();

        // A goal id that names no goal is AL3002's finding, a goal or a 'goals' without
        // a valid value AL1001's: fixing them may settle this.
        if (!item.HasValue(RoadmapItem.Fields.Goals) || goals.Any(g => g is null || g.Status is null || g.IsLive))
        {
            continue;
        }

        context.Report(goals.Count == 0 ? "no-goal" : "no-live-goal", item.LocationOf(RoadmapItem.Fields.Goals), new
        {
            id = item.Id,
            status = item.Status,
            goals = string.Join(", ", goals.Select(g => $"{Excerpt.Of(g!.Id)} is {g.Status}").OrderBy(s => s, StringComparer.Ordinal)),
        });
    }
});
