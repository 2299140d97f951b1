var descriptor = new RuleDescriptor(
    Id: "AL5005",
    Name: "one-active-sprint",
    Title: "A team has at most one active sprint, and it is running as of today",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint"],
    Messages = new()
    {
        ["two-active"] = "Sprint '{id}' is active while sprint '{first}' is active too: a team runs one sprint at a time; close '{first}' or set '{id}' back to planned",
        ["two-active-in-team"] = "Sprint '{id}' is active while sprint '{first}' of team '{team}' is active too: a team runs one sprint at a time; close '{first}' or set '{id}' back to planned",
        ["ended"] = "Sprint '{id}' is active but ended on {end}, before {asOf}: close it (status: closed) and move its open items on",
        ["not-started"] = "Sprint '{id}' is active but starts on {start}, after {asOf}: set it to planned until it starts, or correct its dates",
    },
};

return new Rule(descriptor, context =>
{
    var active = context.Workspace.Sprints.Where(s => s.IsActive).ToList();

    // Sprints without a team form one default team.
    var byTeam = active
        .GroupBy(s => string.IsNullOrWhiteSpace(s.Team) ? "" : s.Team!.Trim(), StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal);
    foreach (var team in byTeam)
    {
        var ordered = team.OrderBy(s => s.StartDate ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        var whose = team.Key.Length == 0 ? "" : $" of team '{Excerpt.Of(team.Key)}'";
        foreach (var other in ordered.Skip(1))
        {
            var related = new[] { new RelatedLocation(first.LocationOf(Sprint.Fields.Status), $"sprint '{Excerpt.Of(first.Id)}'{whose} is active") };
            context.Report(team.Key.Length == 0 ? "two-active" : "two-active-in-team", other.LocationOf(Sprint.Fields.Status),
                new { id = other.Id, first = first.Id, team = team.Key }, related);
        }
    }

    foreach (var sprint in active)
    {
        if (sprint.StartDate is not { } start || sprint.EndDate is not { } end || start > end)
        {
            continue;
        }

        var asOf = context.AsOf;
        if (end < asOf)
        {
            context.Report(Severity.Warning, "ended", sprint.LocationOf(Sprint.Fields.EndDate), new { id = sprint.Id, end = Format.Date(end), asOf = Format.Date(asOf) });
        }
        else if (start > asOf)
        {
            context.Report(Severity.Warning, "not-started", sprint.LocationOf(Sprint.Fields.EndDate), new { id = sprint.Id, start = Format.Date(start), asOf = Format.Date(asOf) });
        }
    }
});
