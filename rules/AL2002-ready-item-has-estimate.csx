var descriptor = new RuleDescriptor(
    Id: "AL2002",
    Name: "ready-item-has-estimate",
    Title: "An open backlog item at or past ready has an estimate",
    MessageFormat: "Backlog item '{0}' ({1}) is '{2}', at or past ready, but has no estimate: add 'estimate' in points (0 is an estimate), or move the item back before ready",
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
        // An 'estimate' that is present but unreadable (text, negative) is a schema finding (AL1001), not a missing estimate.
        if (item.Type is not { } type || !types.Contains(type) || !item.IsReady || !item.IsOpen || item.Has("estimate"))
        {
            continue;
        }

        context.Report(item.LocationOf("status"), item.Id, type, item.Status);
    }
});
