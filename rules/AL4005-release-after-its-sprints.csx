var descriptor = new RuleDescriptor(
    Id: "AL4005",
    Name: "release-after-its-sprints",
    Title: "A planned release is dated no earlier than the end of the sprints holding its work",
    MessageFormat: "Release '{0}' is planned for {1}, but {2}: move the release date to {3} or later, or move that work to an earlier sprint",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["release", "sprint", "backlog-item"],
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

        var described = string.Join(", ", late.Select(s => $"'{Excerpt.Of(s.Id)}' (ending {Format.Date(s.EndDate!.Value)})"));
        var which = late.Count == 1 ? $"sprint {described} holds its work" : $"sprints {described} hold its work";
        var related = late.Select(s => new RelatedLocation(s.LocationOf("end_date"), $"sprint '{Excerpt.Of(s.Id)}' holds work of release '{Excerpt.Of(release.Id)}' and ends on {Format.Date(s.EndDate!.Value)}"));
        context.Report(release.LocationOf("date"), related, release.Id, Format.Date(date), which, Format.Date(late[late.Count - 1].EndDate!.Value));
    }
});
