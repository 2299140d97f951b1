// ACME001 item-has-owner: someone answers for every live goal and every open roadmap item.
var descriptor = new RuleDescriptor(
    Id: "ACME001",
    Name: "item-has-owner",
    Title: "Every live goal and open roadmap item names an owner",
    Category: "Team",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["goal", "roadmap-item"],
    Messages = new()
    {
        ["goal-without-owner"] = "Goal '{id}' has no owner: add 'owner: <name>' so someone answers for it in planning",
        ["roadmap-item-without-owner"] = "Roadmap item '{id}' has no owner: add 'owner: <name>' so someone answers for it in planning",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var goal in context.Workspace.Goals.Where(g => g.IsLive && string.IsNullOrWhiteSpace(g.Owner)))
    {
        context.Report("goal-without-owner", goal.Start, new { id = goal.Id });
    }

    foreach (var item in context.Workspace.RoadmapItems.Where(r => r.IsOpen && string.IsNullOrWhiteSpace(r.Owner)))
    {
        context.Report("roadmap-item-without-owner", item.Start, new { id = item.Id });
    }
});
