var descriptor = new RuleDescriptor(
    Id: "AL2006",
    Name: "sprint-has-goal",
    Title: "A planned or active sprint states its sprint goal",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["sprint"],
    Messages = new()
    {
        ["no-goal"] = "Sprint '{id}' is {status} but has no sprint goal: write in one sentence what the sprint should achieve in 'goal' (goal: \"...\")",
        ["empty-goal"] = "Sprint '{id}' is {status} but its sprint goal is empty: write in one sentence what the sprint should achieve in 'goal' (goal: \"...\")",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var sprint in context.Workspace.Sprints.Where(s => s.IsPlanned || s.IsActive))
    {
        // A 'goal' that fails the schema (null, a list of goal ids) is AL1001's finding.
        var written = sprint.Has(Sprint.Fields.Goal);
        if (!string.IsNullOrWhiteSpace(sprint.SprintGoal) || (written && !sprint.HasValue(Sprint.Fields.Goal)))
        {
            continue;
        }

        context.Report(written ? "empty-goal" : "no-goal", sprint.LocationOf(Sprint.Fields.Status), new { id = sprint.Id, status = sprint.Status });
    }
});
