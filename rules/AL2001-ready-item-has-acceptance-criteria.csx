var types = RuleOption.BacklogItemTypes("types", ["story", "bug", "spike"], "The item types that need acceptance criteria once ready.");

var descriptor = new RuleDescriptor(
    Id: "AL2001",
    Name: "ready-item-has-acceptance-criteria",
    Title: "An open backlog item at or past ready has acceptance criteria",
    Category: "Completeness",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item"],
    Options = [types],
    Messages = new()
    {
        ["no-criteria"] = "Backlog item '{id}' ({type}) is '{status}', at or past ready, but has no acceptance criteria: add a task list under '## Acceptance criteria' in the body, or move the item back before ready",
        ["empty-criteria"] = "Backlog item '{id}' ({type}) is '{status}', at or past ready, but its '{heading}' section has no task list: add at least one criterion as '- [ ] ...' under the heading",
    },
};

return new Rule(descriptor, context =>
{
    var checkedTypes = context.Options.Get(types).ToHashSet(StringComparer.Ordinal);
    foreach (var item in context.Workspace.BacklogItems)
    {
        if (item.Type is not { } type || !checkedTypes.Contains(type) || !item.IsReady || !item.IsOpen || item.AcceptanceCriteria.Count > 0)
        {
            continue;
        }

        var heading = item.AcceptanceCriteriaHeading;
        context.Report(
            heading is null ? "no-criteria" : "empty-criteria",
            heading?.Location ?? item.LocationOf(BacklogItem.Fields.Status),
            new { id = item.Id, type, status = item.Status, heading = heading?.Text });
    }
});
