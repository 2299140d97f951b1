var types = RuleOption.BacklogItemTypes("types", ["story", "bug", "spike"], "The item types that need an estimate once ready.");

var descriptor = new RuleDescriptor(
    Id: "AL2002",
    Name: "ready-item-has-estimate",
    Title: "An open backlog item at or past ready has an estimate",
    Category: "Completeness",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item"],
    Options = [types],
    Messages = new()
    {
        ["no-estimate"] = "Backlog item '{id}' ({type}) is '{status}', at or past ready, but has no estimate: add 'estimate' in points (0 is an estimate), or move the item back before ready",
    },
};

return new Rule(descriptor, context =>
{
    var checkedTypes = context.Options.Get(types).ToHashSet(StringComparer.Ordinal);
    foreach (var item in context.Workspace.BacklogItems)
    {
        // An 'estimate' that is present but unreadable (text, negative) is a schema finding (AL1001), not a missing estimate.
        if (item.Type is not { } type || !checkedTypes.Contains(type) || !item.IsReady || !item.IsOpen || item.Has(BacklogItem.Fields.Estimate))
        {
            continue;
        }

        context.Report("no-estimate", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id, type, status = item.Status });
    }
});
