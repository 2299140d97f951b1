var descriptor = new RuleDescriptor(
    Id: "AL4004",
    Name: "sprint-dates-valid",
    Title: "A sprint ends no earlier than it starts and does not overlap another sprint of its team",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint"],
    Messages = new()
    {
        ["ends-before-start"] = "Sprint '{id}' starts on {start}, after it ends on {end}: correct 'start_date' or 'end_date'",
        ["overlap"] = "Sprint '{id}' starts on {start}, before sprint '{other}' ends on {end}: start it on {end} or later, or end '{other}' earlier",
        ["overlap-in-team"] = "Sprint '{id}' starts on {start}, before sprint '{other}' of team '{team}' ends on {end}: start it on {end} or later, or end '{other}' earlier",
    },
};

return new Rule(descriptor, context =>
{
    var dated = new List<(Sprint Sprint, DateOnly Start, DateOnly End)>();
    foreach (var sprint in context.Workspace.Sprints)
    {
        // Missing or malformed dates are the schema's finding (AL1001), not this rule's.
        if (sprint.StartDate is not { } start || sprint.EndDate is not { } end)
        {
            continue;
        }

        if (start > end)
        {
            context.Report(
                "ends-before-start",
                sprint.LocationOf(Sprint.Fields.StartDate),
                new { id = sprint.Id, start = Format.Date(start), end = Format.Date(end) },
                [new RelatedLocation(sprint.LocationOf(Sprint.Fields.EndDate), $"'{Excerpt.Of(sprint.Id)}' ends on {Format.Date(end)}")]);
            continue;
        }

        dated.Add((sprint, start, end));
    }

    // Sorted by start, each sprint only needs the earlier sprint that ends last: n log n, not all pairs.
    var byTeam = dated
        .GroupBy(d => d.Sprint.Team ?? "", StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal);
    foreach (var team in byTeam)
    {
        (Sprint Sprint, DateOnly Start, DateOnly End)? latest = null;
        var ordered = team
            .OrderBy(d => d.Start)
            .ThenBy(d => d.Sprint.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Sprint.Path, StringComparer.Ordinal);
        foreach (var current in ordered)
        {
            // A same-day handover (one ends the day the next starts) is allowed.
            if (latest is { } earlier && current.Start < earlier.End)
            {
                context.Report(
                    team.Key.Length == 0 ? "overlap" : "overlap-in-team",
                    current.Sprint.LocationOf(Sprint.Fields.StartDate),
                    new { id = current.Sprint.Id, start = Format.Date(current.Start), other = earlier.Sprint.Id, team = team.Key, end = Format.Date(earlier.End) },
                    [new RelatedLocation(earlier.Sprint.LocationOf(Sprint.Fields.EndDate), $"sprint '{Excerpt.Of(earlier.Sprint.Id)}' runs until {Format.Date(earlier.End)}")]);
            }

            if (latest is not { } kept || current.End > kept.End)
            {
                latest = current;
            }
        }
    }
});
