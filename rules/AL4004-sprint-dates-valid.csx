var descriptor = new RuleDescriptor(
    Id: "AL4004",
    Name: "sprint-dates-valid",
    Title: "A sprint ends no earlier than it starts and does not overlap another sprint of its team",
    MessageFormat: "Sprint '{0}' {1}",
    Category: "Planning",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["sprint"],
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
                sprint.LocationOf("start_date"),
                [new RelatedLocation(sprint.LocationOf("end_date"), $"'{Excerpt.Of(sprint.Id)}' ends on {Format.Date(end)}")],
                sprint.Id,
                $"starts on {Format.Date(start)}, after it ends on {Format.Date(end)}: correct 'start_date' or 'end_date'");
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
                var whose = team.Key.Length == 0 ? "" : $" of team '{Excerpt.Of(team.Key)}'";
                context.Report(
                    current.Sprint.LocationOf("start_date"),
                    [new RelatedLocation(earlier.Sprint.LocationOf("end_date"), $"sprint '{Excerpt.Of(earlier.Sprint.Id)}' runs until {Format.Date(earlier.End)}")],
                    current.Sprint.Id,
                    $"starts on {Format.Date(current.Start)}, before sprint '{Excerpt.Of(earlier.Sprint.Id)}'{whose} ends on {Format.Date(earlier.End)}: "
                        + $"start it on {Format.Date(earlier.End)} or later, or end '{Excerpt.Of(earlier.Sprint.Id)}' earlier");
            }

            if (latest is not { } kept || current.End > kept.End)
            {
                latest = current;
            }
        }
    }
});
