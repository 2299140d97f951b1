using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class SprintWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        int index = planned.Index;
        var timeline = plan.Timeline;
        string status = timeline.SprintStatus(index);
        var area = random.Pick(AreaCatalog.Areas);
        string goal = $"{Phrases.Capitalize(area.Persona)}s can {random.Pick(area.Actions)}";
        int? release = plan.Targets.ReleaseForSprint(index);

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "sprint")
            .AddText("title", $"Sprint {index + 1}")
            .Add("start_date", Timeline.Date(timeline.SprintStart(index)))
            .Add("end_date", Timeline.Date(timeline.SprintEnd(index)))
            .Add("status", status)
            .Add("capacity", Yaml.Number(plan.SprintCapacities[index]))
            .AddText("goal", goal)
            .AddText("team", People.Teams[index % People.Teams.Count]);
        if (release is int r)
        {
            document.Add("release", DocumentKinds.Id(DocumentKind.Release, r));
        }

        var members = random.Shuffled(People.Names).Take(6).ToList();
        var body = new MarkdownWriter()
            .Heading("Sprint goal")
            .Paragraph($"{goal}. {Phrases.Fill(random.Pick(Phrases.Context), area)}")
            .Heading("Team")
            .Table(["Member", "Days available", "Notes"], members.Select(m => new[] { m, Yaml.Number(random.Next(6, 11)), random.Chance(0.3) ? "on call one week" : "" }));
        if (status == "closed")
        {
            body.Heading("Review")
                .Paragraph($"The sprint goal was {(random.Chance(0.8) ? "met" : "partly met")}. {Phrases.Fill(random.Pick(Phrases.Context), area)}")
                .Heading("Retrospective")
                .Bullets(["Keep: pairing on the tricky migrations", "Change: refine bugs before planning, not during", "Try: a 15-minute demo rehearsal on Thursday"]);
        }
        else
        {
            body.Heading("Risks").Bullets(["A public holiday in the second week", "The payments provider changes its sandbox on the 1st"]);
        }

        body.Heading("Notes").Paragraph(DocumentText.Notes(area, random));
        if (release is int rel)
        {
            body.Paragraph("Ships with " + DocumentLinks.To(plan, planned, DocumentKind.Release, rel) + ".");
        }

        document.Body = body.ToString();
        return document;
    }
}
