using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class RoadmapItemWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        int index = planned.Index;
        string status = plan.RoadmapStatuses[index];
        var area = AreaCatalog.Areas[index % AreaCatalog.Areas.Count];
        double position = (double)index / plan.Counts.RoadmapItems;
        // backlog items take their goals from the same stream, so item and roadmap item agree
        var goals = plan.Targets.SomeGoals(Seeds.For(plan.Seed, stream: 20, index: index));
        string horizon = status switch
        {
            "done" or "in-progress" => "now",
            "planned" => "next",
            _ => "later",
        };
        int? release = status is "proposed" or "dropped" ? null : Release(plan, position);
        string timeframe = release is int r
            ? Timeline.Quarter(plan.Timeline.ReleaseDate(r))
            : Timeline.Quarter(Timeline.AsOf.AddMonths(random.Next(6, 13)));
        var dependencies = Dependencies(plan, index, random);

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "roadmap-item")
            .AddText("title", random.Pick(area.Epics) + random.Pick(Phrases.Qualifiers))
            .Add("status", status)
            .AddList("goals", DocumentLinks.Ids(DocumentKind.Goal, goals))
            .Add("horizon", horizon)
            .Add("timeframe", timeframe);
        if (release is int rel)
        {
            document.Add("release", DocumentKinds.Id(DocumentKind.Release, rel));
        }

        document
            .AddList("dependencies", DocumentLinks.Ids(DocumentKind.RoadmapItem, dependencies))
            .AddText("owner", random.Pick(People.Names));

        var body = new MarkdownWriter()
            .Paragraph($"{area.Name} is where {area.Persona}s lose the most time today. "
                + string.Join(" ", random.Shuffled(Phrases.Context).Take(2).Select(s => Phrases.Fill(s, area))))
            .Heading("Problem")
            .Paragraph($"{Phrases.Capitalize(area.Persona)}s tell us that {random.Pick(area.Bugs)} is only the visible part; the real cost is the manual work around it.")
            .Heading("Scope")
            .Bullets(random.Shuffled(area.Actions).Take(4).Select(Phrases.Capitalize))
            .Heading("Out of scope")
            .Bullets([random.Pick(AreaCatalog.Areas).Epics[0] + " (separate roadmap item)", "Changes to pricing or plans"]);
        if (random.Chance(0.5))
        {
            body.Heading("Milestones").Table(["Milestone", "When"], [["Design validated", "first sprint"], ["Beta with 20 workspaces", "mid " + timeframe], ["General availability", timeframe]]);
        }

        body.Heading("Notes").Paragraph(DocumentText.Notes(area, random));
        body.Heading("Goals").Bullets(goals.Select(g => DocumentLinks.To(plan, planned, DocumentKind.Goal, g)));
        document.Body = body.ToString();
        return document;
    }

    private static int? Release(CorpusPlan plan, double position)
    {
        int releases = plan.Counts.Releases;
        int start = Math.Clamp((int)(position * releases), 0, releases - 1);
        for (int r = start; r < releases; r++)
        {
            if (plan.Targets.IsClean(DocumentKind.Release, r))
            {
                return r;
            }
        }

        return null;
    }

    private static List<int> Dependencies(CorpusPlan plan, int index, Random random)
    {
        var dependencies = new List<int>();
        if (index > 0 && random.Chance(0.3))
        {
            int candidate = index - 1 - random.Next(Math.Min(5, index));
            if (plan.Targets.IsClean(DocumentKind.RoadmapItem, candidate) && plan.RoadmapStatuses[candidate] != "dropped")
            {
                dependencies.Add(candidate);
            }
        }

        return dependencies;
    }
}
