using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class ReleaseWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        int index = planned.Index;
        var timeline = plan.Timeline;
        bool released = timeline.IsReleased(index);
        string version = ReleaseVersions.Of(index);
        var area = AreaCatalog.Areas[index % AreaCatalog.Areas.Count];
        var goals = plan.Targets.SomeGoals(random);
        string notes = $"{area.Epics[0]} and {random.Next(8, 40)} fixes. {Phrases.Fill(random.Pick(Phrases.Context), area)}";

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "release")
            .AddText("title", $"{AreaCatalog.Product} {version}")
            .Add("date", Timeline.Date(timeline.ReleaseDate(index)))
            .Add("status", released ? "released" : "planned")
            .Add("version", "\"" + version + "\"");
        if (released)
        {
            document.Add("released_date", Timeline.Date(timeline.ReleaseDate(index).AddDays(random.Next(0, 2))));
        }

        document
            .AddList("goals", DocumentLinks.Ids(DocumentKind.Goal, goals))
            .AddText("notes", notes);

        var body = new MarkdownWriter()
            .Paragraph($"{AreaCatalog.Product} {version} {(released ? "shipped" : "ships")} at the end of sprint {timeline.ReleaseSprint(index) + 1}. {notes}")
            .Heading("Highlights")
            .Bullets(random.Shuffled(area.Actions).Take(3).Select(a => $"{Phrases.Capitalize(area.Persona)}s can {a}"))
            .Heading("Release checklist")
            .TaskList(
            [
                ("Release notes reviewed by Customer Success", released),
                ("Help centre articles updated", released),
                ("Database migrations rehearsed on a copy of production", released),
                ("Status page maintenance window announced", released),
                ("Rollback plan written and tested", released),
            ])
            .Heading("Notes")
            .Paragraph(DocumentText.Notes(area, random))
            .Heading("Goals")
            .Bullets(goals.Select(g => DocumentLinks.To(plan, planned, DocumentKind.Goal, g)));
        if (random.Chance(0.5))
        {
            body.Heading("Known issues").Bullets([Phrases.Capitalize(random.Pick(area.Bugs)) + " (fix planned for the next release)"]);
        }

        document.Body = body.ToString();
        return document;
    }
}
