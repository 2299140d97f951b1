var allowTaskUnderStory = RuleOption.Boolean("allow_task_under_story", true, "Whether a task may have a story as its parent. Set `false` when tasks must hang directly under epics.");

var descriptor = new RuleDescriptor(
    Id: "AL3007",
    Name: "parent-is-epic",
    Title: "A backlog item's parent is an epic, and parent chains have no cycles",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item"],
    Options = [allowTaskUnderStory],
    Messages = new()
    {
        ["cycle"] = "Backlog item '{id}' is its own ancestor: its parent chain goes round in a cycle ({chain}). Remove the 'parent' that closes the loop",
        ["not-epic"] = "Backlog item '{id}' has parent '{parent}', which is a {type}, not an epic: only epics can be parents. Put it under an epic, or make '{parent}' an epic",
        ["not-epic-or-story"] = "Backlog item '{id}' has parent '{parent}', which is a {type}, not an epic: only epics (and stories, for tasks) can be parents. Put it under an epic, or make '{parent}' an epic",
    },
};

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    var tasksUnderStories = context.Options.Get(allowTaskUnderStory);

    // Each item has at most one parent, so one walk per chain finds every cycle: a walk stops at the first
    // item an earlier walk has finished, and meeting an item of its own walk again closes a cycle.
    var finished = new HashSet<BacklogItem>();
    var inCycle = new HashSet<BacklogItem>();
    foreach (var start in ws.BacklogItems.OrderBy(i => i.Id, StringComparer.Ordinal))
    {
        var walk = new List<BacklogItem>();
        var position = new Dictionary<BacklogItem, int>();
        var item = start;
        while (item is not null && !finished.Contains(item) && position.TryAdd(item, walk.Count))
        {
            walk.Add(item);
            item = item.Parent;
        }

        if (item is not null && position.TryGetValue(item, out var from))
        {
            var cycle = walk.Skip(from).ToList();
            inCycle.UnionWith(cycle);
            var first = cycle.OrderBy(i => i.Id, StringComparer.Ordinal).First();
            var rotated = cycle.Skip(cycle.IndexOf(first)).Concat(cycle.Take(cycle.IndexOf(first))).Append(first);
            var related = cycle.Where(i => i != first).OrderBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => new RelatedLocation(i.LocationOf(BacklogItem.Fields.Parent), $"'{Excerpt.Of(i.Id)}' has parent '{Excerpt.Of(i.ParentId)}', part of the same cycle"));
            var chain = string.Join(" → ", rotated.Select(i => Excerpt.Of(i.Id)));
            context.Report("cycle", first.LocationOf(BacklogItem.Fields.Parent), new { id = first.Id, chain }, related);
        }

        finished.UnionWith(walk);
    }

    foreach (var item in ws.BacklogItems.Where(i => !inCycle.Contains(i)))
    {
        if (item.Parent is not { Type: { } parentType } parent || parentType == "epic" || (tasksUnderStories && item.Type == "task" && parentType == "story"))
        {
            continue;
        }

        context.Report(tasksUnderStories ? "not-epic-or-story" : "not-epic", item.LocationOf(BacklogItem.Fields.Parent), new { id = item.Id, parent = parent.Id, type = parentType });
    }
});
