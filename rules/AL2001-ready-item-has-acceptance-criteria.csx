var descriptor = new RuleDescriptor(
    Id: "AL2001",
    Name: "ready-item-has-acceptance-criteria",
    Title: "An open backlog item at or past ready has acceptance criteria",
    MessageFormat: "Backlog item '{0}' ({1}) is '{2}', at or past ready, but {3}: {4}",
    Category: "Completeness",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item"],
    OptionsSchema = @"{ ""type"": ""object"", ""properties"": { ""types"": { ""type"": ""array"", ""items"": { ""enum"": [""epic"", ""story"", ""task"", ""bug"", ""spike"", ""chore""] }, ""uniqueItems"": true } }, ""additionalProperties"": false }",
};

return new Rule(descriptor, context =>
{
    var types = new HashSet<string>(context.Options.GetList("types", ["story", "bug", "spike"]), StringComparer.Ordinal);
    foreach (var item in context.Workspace.BacklogItems)
    {
        if (item.Type is not { } type || !types.Contains(type) || !item.IsReady || !item.IsOpen || item.AcceptanceCriteria.Count > 0)
        {
            continue;
        }

        if (item.AcceptanceCriteriaHeading is { } heading)
        {
            context.Report(heading.Location, item.Id, type, item.Status,
                $"its '{heading.Text}' section has no task list",
                "add at least one criterion as '- [ ] ...' under the heading");
        }
        else
        {
            context.Report(item.LocationOf("status"), item.Id, type, item.Status,
                "has no acceptance criteria",
                "add a task list under '## Acceptance criteria' in the body, or move the item back before ready");
        }
    }
});
