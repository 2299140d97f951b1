using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class IdeaWriter
{
    private static readonly string[] _statuses = ["new", "under-review", "accepted", "rejected", "parked"];

    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        string status = _statuses[random.Weighted(30, 20, 15, 15, 20)];
        var area = random.Pick(AreaCatalog.Areas);
        string action = random.Pick(area.Actions);
        var goals = plan.Targets.SomeGoals(random);
        // new ideas are recent, so none of them waits past a review deadline
        var submitted = Timeline.AsOf.AddDays(-(status == "new" ? random.Next(1, 20) : random.Next(30, 200)));
        bool decided = status is "accepted" or "rejected" or "parked";
        var decidedDate = submitted.AddDays(random.Next(7, 25));
        var updated = decided ? decidedDate : submitted.AddDays(random.Next(0, 10));
        string decision = status switch
        {
            "accepted" => $"Accepted: it serves a current goal and fits the roadmap. It becomes part of the {area.Name.ToLowerInvariant()} work.",
            "rejected" => "Rejected: too few customers asked for it, and it would add a setting most people never need.",
            _ => "Parked until the next planning cycle: good idea, but not for this period's goals.",
        };

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "idea")
            .AddText("title", $"Let {area.Persona}s {action}{random.Pick(Phrases.Qualifiers)}")
            .Add("status", status)
            .AddText("submitted_by", random.Pick(People.Names))
            .Add("submitted_date", Timeline.Date(submitted))
            .Add("updated_date", Timeline.Date(updated))
            .AddList("stakeholders", random.Shuffled(People.Stakeholders).Take(random.Next(1, 4)))
            .AddList("goals", DocumentLinks.Ids(DocumentKind.Goal, goals));
        if (decided)
        {
            document.AddText("decision", decision).Add("decided_date", Timeline.Date(decidedDate));
        }

        var body = new MarkdownWriter()
            .Heading("Problem")
            .Paragraph($"{Phrases.Capitalize(area.Persona)}s cannot {action} today. {Phrases.Fill(random.Pick(Phrases.Context), area)} {Phrases.Fill(random.Pick(Phrases.Context), area)}")
            .Heading("Proposal")
            .Paragraph($"Add a way to {action}, starting with the simplest version that {Phrases.Article(area.Persona)} would use every week. Measure adoption for a month before adding options.")
            .Heading("Evidence")
            .Table(["Source", "Signal"], [["Support tickets", Yaml.Number(random.Next(3, 60)) + " in the last quarter"], ["Interviews", Yaml.Number(random.Next(1, 9)) + " of 12 mentioned it"]])
            .Heading("Notes")
            .Paragraph(DocumentText.Notes(area, random))
            .Heading("Goals")
            .Bullets(goals.Select(g => DocumentLinks.To(plan, planned, DocumentKind.Goal, g)));
        if (decided)
        {
            body.Heading("Decision").Paragraph(decision);
        }

        document.Body = body.ToString();
        return document;
    }
}
