var descriptor = new RuleDescriptor(
    Id: "AL3004",
    Name: "roadmap-item-goal-active",
    Title: "An open roadmap item serves at least one proposed or active goal",
    MessageFormat: "Roadmap item '{0}' is {1} but {2}: link it to a proposed or active goal in 'goals', or set its status to done or dropped",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["roadmap-item", "goal"],
};

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    foreach (var item in ws.RoadmapItems.Where(r => r.Status is not null && r.IsOpen))
    {
        var goals = item.GoalIds.Select(id => ws.Find<Goal>(id)).ToList();

        // A goal id that names no goal is AL3002's finding, a goal or a 'goals' without
        // a valid value AL1001's: fixing them may settle this.
        if (item.Field<object>("goals") is null || goals.Any(g => g is null || g.Status is null || g.IsLive))
        {
            continue;
        }

        var why = goals.Count == 0
            ? "names no goal"
            : "none of its goals is proposed or active ("
                + string.Join(", ", goals.Select(g => $"{Excerpt.Of(g!.Id)} is {g.Status}").OrderBy(s => s, StringComparer.Ordinal)) + ")";
        context.Report(item.LocationOf("goals"), item.Id, item.Status, why);
    }
});
