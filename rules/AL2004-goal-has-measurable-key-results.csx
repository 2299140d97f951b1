var descriptor = new RuleDescriptor(
    Id: "AL2004",
    Name: "goal-has-measurable-key-results",
    Title: "An active goal without child goals has a measurable key result",
    MessageFormat: "Goal '{0}' is active but {1}: {2}",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["goal"],
};

bool Measurable(KeyResult kr) =>
    !string.IsNullOrWhiteSpace(kr.Metric) && kr.Target is { } target && (kr.Baseline is not { } baseline || baseline != target);

return new Rule(descriptor, context =>
{
    foreach (var goal in context.Workspace.Goals.Where(g => g.IsActive))
    {
        // A parent goal is measured through its children; key_results that fail the schema are AL1001's.
        if (goal.Children.Count > 0 || (goal.Has("key_results") && goal.Field<object>("key_results") is null))
        {
            continue;
        }

        var keyResults = goal.KeyResults;
        if (keyResults.Any(Measurable))
        {
            continue;
        }

        if (keyResults.Count == 0)
        {
            var where = goal.Has("key_results") ? goal.LocationOf("key_results") : goal.LocationOf("status");
            context.Report(where, goal.Id, "has no key results",
                "add 'key_results' with a metric and a numeric target (and its baseline), or add child goals that are measured");
            continue;
        }

        var flat = keyResults.FirstOrDefault(kr => kr.Target is { } t && kr.Baseline == t);
        var problem = flat is null
            ? "none of its key results has both a metric and a numeric target"
            : $"its key result '{Excerpt.Of(flat.Metric)}' has a target equal to its baseline ({Format.Number(flat.Target!.Value)}), so it measures no change";
        context.Report(goal.LocationOf("key_results"), goal.Id, problem,
            "give at least one key result a metric and a numeric target different from its baseline");
    }
});
