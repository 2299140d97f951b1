var descriptor = new RuleDescriptor(
    Id: "AL2004",
    Name: "goal-has-measurable-key-results",
    Title: "An active goal without child goals has a measurable key result",
    Category: "Completeness",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["goal"],
    Messages = new()
    {
        ["no-key-results"] = "Goal '{id}' is active but has no key results: add 'key_results' with a metric and a numeric target (and its baseline), or add child goals that are measured",
        ["not-measurable"] = "Goal '{id}' is active but none of its key results has both a metric and a numeric target: give at least one key result a metric and a numeric target different from its baseline",
        ["no-change"] = "Goal '{id}' is active but its key result '{metric}' has a target equal to its baseline ({target}), so it measures no change: give at least one key result a metric and a numeric target different from its baseline",
    },
};

bool Measurable(KeyResult kr) =>
    !string.IsNullOrWhiteSpace(kr.Metric) && kr.Target is { } target && (kr.Baseline is not { } baseline || baseline != target);

return new Rule(descriptor, context =>
{
    foreach (var goal in context.Workspace.Goals.Where(g => g.IsActive))
    {
        // A parent goal is measured through its children; key_results that fail the schema are AL1001's.
        var listed = goal.Has(Goal.Fields.KeyResults);
        if (goal.Children.Count > 0 || (listed && !goal.HasValue(Goal.Fields.KeyResults)) || goal.KeyResults.Any(Measurable))
        {
            continue;
        }

        if (goal.KeyResults.Count == 0)
        {
            context.Report("no-key-results", goal.LocationOf(listed ? Goal.Fields.KeyResults : Goal.Fields.Status), new { id = goal.Id });
            continue;
        }

        var flat = goal.KeyResults.FirstOrDefault(kr => kr.Target is { } t && kr.Baseline == t);
        context.Report(flat is null ? "not-measurable" : "no-change", goal.LocationOf(Goal.Fields.KeyResults),
            new { id = goal.Id, metric = flat?.Metric, target = flat?.Target is { } target ? Format.Number(target) : null });
    }
});
