var descriptor = new RuleDescriptor(
    Id: "AL3005",
    Name: "goal-has-work",
    Title: "An active goal is served by at least one roadmap item or backlog item",
    Category: "Traceability",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["goal", "roadmap-item", "backlog-item"],
    Messages = new()
    {
        ["no-work"] = "Goal '{id}' is active but no roadmap item or backlog item works towards it: plan work for it on the roadmap or in the backlog, or set its status to proposed if it is not being pursued yet",
        ["no-work-below"] = "Goal '{id}' is active but no roadmap item or backlog item works towards it (directly or through its child goals): plan work for it on the roadmap or in the backlog, or set its status to proposed if it is not being pursued yet",
    },
};

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    var served = new HashSet<Goal>();

    // Work on a goal also serves every goal above it: mark the parent chain once, stopping at a goal already
    // marked, so each goal is marked at most once however deep the tree (and a parent cycle ends too).
    foreach (var goal in ws.Goals)
    {
        var hasWork = goal.RoadmapItems.Any(r => r.Status != "dropped") || goal.BacklogItems.Any(b => !b.IsDropped);
        var g = hasWork ? goal : null;
        while (g is not null && served.Add(g))
        {
            g = g.Parent;
        }
    }

    foreach (var goal in ws.Goals.Where(g => g.IsActive && !served.Contains(g)))
    {
        context.Report(goal.Children.Count > 0 ? "no-work-below" : "no-work", goal.LocationOf(Goal.Fields.Status), new { id = goal.Id });
    }
});
