var limit = RuleOption.Integer("days", 30, "How many days an idea may stay under review after its `submitted_date`.", minimum: 0);

var descriptor = new RuleDescriptor(
    Id: "AL5004",
    Name: "idea-answered",
    Title: "A decided idea records its answer, and no idea waits too long for one",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["idea"],
    Options = [limit],
    Messages = new()
    {
        ["no-decision"] = "Idea '{id}' is {status} but records no decision: write the answer given back to its stakeholders in 'decision' (and when, in 'decided_date')",
        ["waiting"] = "Idea '{id}' has been under review since it was submitted on {submitted}, {waiting} days before {asOf} (the limit is {days}): decide it (accepted, rejected or parked) and record the answer in 'decision'",
    },
};

return new Rule(descriptor, context =>
{
    var days = context.Options.Get(limit);
    foreach (var idea in context.Workspace.Ideas)
    {
        if (idea.Status is "accepted" or "rejected")
        {
            // A 'decision' that fails the schema (null, a list) is AL1001's finding.
            var invalid = idea.Has(Idea.Fields.Decision) && !idea.HasValue(Idea.Fields.Decision);
            if (!invalid && string.IsNullOrWhiteSpace(idea.Decision))
            {
                context.Report("no-decision", idea.LocationOf(Idea.Fields.Status), new { id = idea.Id, status = idea.Status });
            }
        }
        else if (idea.Status == "under-review" && idea.SubmittedDate is { } submitted)
        {
            var waiting = context.AsOf.DayNumber - submitted.DayNumber;
            if (waiting > days)
            {
                context.Report("waiting", idea.LocationOf(Idea.Fields.Status),
                    new { id = idea.Id, submitted = Format.Date(submitted), waiting, asOf = Format.Date(context.AsOf), days });
            }
        }
    }
});
