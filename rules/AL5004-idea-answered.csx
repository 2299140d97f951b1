var descriptor = new RuleDescriptor(
    Id: "AL5004",
    Name: "idea-answered",
    Title: "A decided idea records its answer, and no idea waits too long for one",
    MessageFormat: "Idea '{0}' {1}: {2}",
    Category: "Lifecycle",
    DefaultSeverity: Severity.Warning)
{
    Kinds = ["idea"],
    OptionsSchema = @"{ ""type"": ""object"", ""properties"": { ""days"": { ""type"": ""integer"", ""minimum"": 0 } }, ""additionalProperties"": false }",
};

return new Rule(descriptor, context =>
{
    var days = context.Options.Get("days", 30);
    foreach (var idea in context.Workspace.Ideas)
    {
        if (idea.Status is "accepted" or "rejected")
        {
            // A 'decision' that fails the schema (null, a list) is AL1001's finding.
            var invalid = idea.Has("decision") && idea.Field<object>("decision") is null;
            if (!invalid && string.IsNullOrWhiteSpace(idea.Decision))
            {
                context.Report(idea.LocationOf("status"), idea.Id, $"is {idea.Status} but records no decision",
                    "write the answer given back to its stakeholders in 'decision' (and when, in 'decided_date')");
            }
        }
        else if (idea.Status == "under-review" && idea.SubmittedDate is { } submitted)
        {
            var waiting = context.AsOf.DayNumber - submitted.DayNumber;
            if (waiting > days)
            {
                context.Report(idea.LocationOf("status"), idea.Id,
                    $"has been under review since it was submitted on {Format.Date(submitted)}, {waiting} days before {Format.Date(context.AsOf)} (the limit is {days})",
                    "decide it (accepted, rejected or parked) and record the answer in 'decision'");
            }
        }
    }
});
