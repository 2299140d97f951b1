// ACME001 item-has-owner: someone answers for every live goal and every open roadmap item.
var descriptor = new RuleDescriptor(
    Id: "ACME001",
    Name: "item-has-owner",
    Title: "Every live goal and open roadmap item names an owner",
    MessageFormat: "{0} '{1}' has no owner: add 'owner: <name>' so someone answers for it in planning",
    Category: "Team",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["goal", "roadmap-item"],
};

return new Rule(descriptor, context =>
{
    foreach (var goal in context.Workspace.Goals.Where(g => g.IsLive && string.IsNullOrWhiteSpace(g.Owner)))
    {
        context.Report(goal.Start, "Goal", goal.Id);
    }

    foreach (var item in context.Workspace.RoadmapItems.Where(r => r.IsOpen && string.IsNullOrWhiteSpace(r.Owner)))
    {
        context.Report(item.Start, "Roadmap item", item.Id);
    }
});
