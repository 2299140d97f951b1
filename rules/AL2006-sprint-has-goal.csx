var descriptor = new RuleDescriptor(
    Id: "AL2006",
    Name: "sprint-has-goal",
    Title: "A planned or active sprint states its sprint goal",
    MessageFormat: "Sprint '{0}' is {1} but {2}: write in one sentence what the sprint should achieve in 'goal' (goal: \"...\")",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["sprint"],
};

return new Rule(descriptor, context =>
{
    foreach (var sprint in context.Workspace.Sprints.Where(s => s.IsPlanned || s.IsActive))
    {
        // A 'goal' that fails the schema (null, a list of goal ids) is AL1001's finding.
        if (!string.IsNullOrWhiteSpace(sprint.SprintGoal) || (sprint.Has("goal") && sprint.Field<object>("goal") is null))
        {
            continue;
        }

        var problem = sprint.Has("goal") ? "its sprint goal is empty" : "has no sprint goal";
        context.Report(sprint.LocationOf("status"), sprint.Id, sprint.Status, problem);
    }
});
