var warnAtOption = RuleOption.Number("warn_at", 0.9m, "Share of the capacity at or above which a sprint that still fits gets a warning. `1` warns only when the sprint is exactly full.", minimum: 0, maximum: 1);

var descriptor = new RuleDescriptor(
    Id: "AL4001",
    Name: "sprint-capacity",
    Title: "A planned or active sprint's committed estimates fit its capacity",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint", "backlog-item"],
    Options = [warnAtOption],
    Messages = new()
    {
        ["over-capacity"] = "Sprint '{id}' is committed to {load} but its capacity is {capacity}: {items}; move items to a later sprint or split them",
        ["near-capacity"] = "Sprint '{id}' is committed to {load} of its capacity of {capacity}, at or above the warning share of {share}%: {items}; leave room for unplanned work or move an item to a later sprint",
    },
};

return new Rule(descriptor, context =>
{
    var warnAt = context.Options.Get(warnAtOption);
    foreach (var sprint in context.Workspace.Sprints.Where(s => s.IsPlanned || s.IsActive))
    {
        if (sprint.Capacity is not { } capacity)
        {
            continue;
        }

        var items = sprint.Items
            .Where(i => !i.IsEpic && !i.IsDropped)
            .OrderByDescending(i => i.Estimate ?? 0m)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var load = items.Sum(i => i.Estimate ?? 0m);
        var over = load > capacity;
        if (!over && (load == 0 || load < warnAt * capacity))
        {
            continue;
        }

        string Entry(BacklogItem i) => $"{Excerpt.Of(i.Id)} ({(i.Estimate is { } e ? Format.Number(e) : "no estimate")})";
        var listed = Format.List(items, Entry);

        var related = items.Select(i => new RelatedLocation(i.LocationOf(BacklogItem.Fields.Sprint), $"{Entry(i)} is committed to sprint '{Excerpt.Of(sprint.Id)}'"));
        context.Report(over ? Severity.Error : Severity.Warning, over ? "over-capacity" : "near-capacity", sprint.LocationOf(Sprint.Fields.Capacity), new
        {
            id = sprint.Id,
            load = Format.Number(load) + (load == 1 ? " point" : " points"),
            capacity = Format.Number(capacity),
            share = Format.Number(warnAt * 100),
            items = listed,
        }, related);
    }
});
