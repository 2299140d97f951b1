var descriptor = new RuleDescriptor(
    Id: "AL4005",
    Name: "release-after-its-sprints",
    Title: "A planned release is dated no earlier than the end of the sprints holding its work",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["release", "sprint", "backlog-item"],
    Messages = new()
    {
        ["sprint-ends-later"] = "Release '{id}' is planned for {date}, but sprint {sprints} holds its work: move the release date to {end} or later, or move that work to an earlier sprint",
        ["sprints-end-later"] = "Release '{id}' is planned for {date}, but sprints {sprints} hold its work: move the release date to {end} or later, or move that work to an earlier sprint",
    },
};

return new Rule(descriptor, context =>
{
    foreach (var release in context.Workspace.Releases)
    {
        if (!release.IsPlanned || release.Date is not { } date)
        {
            continue;
        }

        // Done and dropped items no longer wait for their sprint to end.
        var sprints = new HashSet<Sprint>(release.Sprints);
        foreach (var item in release.Items)
        {
            if (item.IsOpen && item.Sprint is { } sprint)
            {
                sprints.Add(sprint);
            }
        }

        var late = sprints
            .Where(s => s.EndDate is { } end && end > date)
            .OrderBy(s => s.EndDate)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        if (late.Count == 0)
        {
            continue;
        }

        var related = late.Select(s => new RelatedLocation(s.LocationOf(Sprint.Fields.EndDate), $"sprint '{Excerpt.Of(s.Id)}' holds work of release '{Excerpt.Of(release.Id)}' and ends on {Format.Date(s.EndDate!.Value)}"));
        context.Report(late.Count == 1 ? "sprint-ends-later" : "sprints-end-later", release.LocationOf(Release.Fields.Date), new
        {
            id = release.Id,
            date = Format.Date(date),
            sprints = string.Join(", ", late.Select(s => $"'{Excerpt.Of(s.Id)}' (ending {Format.Date(s.EndDate!.Value)})")),
            end = Format.Date(late[late.Count - 1].EndDate!.Value),
        }, related);
    }
});
