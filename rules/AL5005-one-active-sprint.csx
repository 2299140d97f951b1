var descriptor = new RuleDescriptor(
    Id: "AL5005",
    Name: "one-active-sprint",
    Title: "A team has at most one active sprint, and it is running as of today",
    MessageFormat: "Sprint '{0}' {1}: {2}",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint"],
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
            var related = new[] { new RelatedLocation(first.LocationOf("status"), $"sprint '{Excerpt.Of(first.Id)}'{whose} is active") };
            context.Report(other.LocationOf("status"), related, other.Id,
                $"is active while sprint '{Excerpt.Of(first.Id)}'{whose} is active too",
                $"a team runs one sprint at a time; close '{Excerpt.Of(first.Id)}' or set '{Excerpt.Of(other.Id)}' back to planned");
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
            context.Report(Severity.Warning, sprint.LocationOf("end_date"), sprint.Id,
                $"is active but ended on {Format.Date(end)}, before {Format.Date(asOf)}",
                "close it (status: closed) and move its open items on");
        }
        else if (start > asOf)
        {
            context.Report(Severity.Warning, sprint.LocationOf("end_date"), sprint.Id,
                $"is active but starts on {Format.Date(start)}, after {Format.Date(asOf)}",
                "set it to planned until it starts, or correct its dates");
        }
    }
});
