using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class BacklogItemWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        var facts = plan.Backlog[planned.Index];
        var area = AreaCatalog.Areas[facts.Area];
        string action = random.Pick(area.Actions);
        var goals = facts.RoadmapItem is int r ? RoadmapGoals(plan, r, random) : plan.Targets.SomeGoals(random);
        var dependencies = Dependencies(plan, planned.Index, facts, random);
        int? release = facts.Sprint is int s ? plan.Targets.ReleaseForSprint(s) : null;
        var (created, updated, createdText) = Dates(plan, facts, random);

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "backlog-item")
            .AddText("title", Title(facts.Type, area, action, random))
            .Add("type", facts.Type)
            .Add("status", facts.Status)
            .Add("priority", new[] { "critical", "high", "medium", "low" }[random.Weighted(5, 30, 45, 20)])
            .Add("rank", Yaml.Number(planned.Index + 1))
            .Add("estimate", Yaml.Number(facts.Estimate))
            .AddList("goals", goals.Select(g => DocumentKinds.Id(DocumentKind.Goal, g)));
        AddReference(document, "parent", DocumentKind.BacklogItem, facts.Parent);
        AddReference(document, "roadmap_item", DocumentKind.RoadmapItem, facts.RoadmapItem);
        AddReference(document, "sprint", DocumentKind.Sprint, facts.Sprint);
        AddReference(document, "release", DocumentKind.Release, release);
        document
            .AddList("dependencies", dependencies.Select(d => DocumentKinds.Id(DocumentKind.BacklogItem, d)))
            .AddList("assignee", facts.Sprint is null ? Array.Empty<string>() : [random.Pick(People.Handles)])
            .AddList("labels", new[] { area.Slug, random.Pick(new[] { "web", "api", "mobile", "ux", "backend" }) }.Distinct())
            .Add("created_date", createdText)
            .Add("updated_date", Timeline.Date(updated));
        if (release is int due && random.Chance(0.4))
        {
            document.Add("due_date", Timeline.Date(plan.Timeline.ReleaseDate(due)));
        }

        document.Body = BacklogItemBody.Write(plan, planned, facts, area, action, dependencies, random)
            + History(plan, facts, created, updated, random);
        return document;
    }

    private static void AddReference(GeneratedDocument document, string key, DocumentKind kind, int? index)
    {
        if (index is int i)
        {
            document.Add(key, DocumentKinds.Id(kind, i));
        }
    }

    // An item serves the goals of its roadmap item, when it has one.
    private static IReadOnlyList<int> RoadmapGoals(CorpusPlan plan, int roadmapItem, Random random)
    {
        var goalRandom = Seeds.For(plan.Seed, stream: 20, index: roadmapItem);
        var goals = plan.Targets.SomeGoals(goalRandom);
        return random.Chance(0.8) ? goals : [goals[0]];
    }

    // Earlier items only, from the recent past of the backlog, that are neither epics nor
    // dropped; a done item depends on done items only.
    private static List<int> Dependencies(CorpusPlan plan, int index, BacklogFacts facts, Random random)
    {
        var dependencies = new List<int>();
        if (facts.Type == "epic" || index < 2 || !random.Chance(0.25))
        {
            return dependencies;
        }

        int wanted = random.Chance(0.3) ? 2 : 1;
        for (int attempt = 0; attempt < 6 && dependencies.Count < wanted; attempt++)
        {
            int candidate = index - 1 - random.Next(Math.Min(30, index));
            var other = plan.Backlog[candidate];
            bool fits = other.Type != "epic" && other.Status != "dropped" && (facts.Status != "done" || other.Status == "done");
            if (fits && plan.Targets.IsClean(DocumentKind.BacklogItem, candidate) && !dependencies.Contains(candidate))
            {
                dependencies.Add(candidate);
            }
        }

        dependencies.Sort();
        return dependencies;
    }

    private static (DateOnly Created, DateOnly Updated, string CreatedText) Dates(CorpusPlan plan, BacklogFacts facts, Random random)
    {
        var timeline = plan.Timeline;
        DateOnly created = facts.Sprint is int s
            ? timeline.SprintStart(s).AddDays(-random.Next(3, 40))
            : Timeline.AsOf.AddDays(-random.Next(10, 90));
        DateOnly updated = facts.Sprint is int t && timeline.SprintEnd(t) < Timeline.AsOf
            ? timeline.SprintEnd(t).AddDays(-random.Next(0, 4))
            : Min(Timeline.AsOf, created.AddDays(random.Next(0, 30)));
        if (updated < created)
        {
            updated = created;
        }

        // Backlog.md writes a time of day; a fifth of the items keep it
        string createdText = random.Chance(0.2)
            ? Yaml.Scalar($"{Timeline.Date(created)} {random.Next(8, 19):00}:{random.Next(60):00}")
            : Timeline.Date(created);
        return (created, updated, createdText);
    }

    private static string History(CorpusPlan plan, BacklogFacts facts, DateOnly created, DateOnly updated, Random random)
    {
        var events = new List<string> { $"{Timeline.Date(created)}: created by {random.Pick(People.Handles)}" };
        if (facts.Status != "new")
        {
            events.Add($"{Timeline.Date(Min(updated, created.AddDays(random.Next(1, 7))))}: refined with the team");
        }

        if (facts.Sprint is int sprint)
        {
            events.Add($"{Timeline.Date(plan.Timeline.SprintStart(sprint))}: planned into {DocumentKinds.Id(DocumentKind.Sprint, sprint)}");
        }

        if (facts.Status is "done" or "dropped")
        {
            events.Add($"{Timeline.Date(updated)}: {(facts.Status == "done" ? "accepted by the product owner" : "dropped in backlog review")}");
        }

        return new MarkdownWriter().Heading("History").Bullets(events).ToString().Insert(0, "\n");
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Title(string type, Area area, string action, Random random) => type switch
    {
        "epic" => random.Pick(area.Epics),
        "bug" => Phrases.Capitalize(random.Pick(area.Bugs)),
        "task" => Phrases.Fill(random.Pick(Phrases.TaskTitles), area),
        "chore" => Phrases.Fill(random.Pick(Phrases.ChoreTitles), area),
        "spike" => $"Spike: can we {action}{random.Pick(Phrases.Qualifiers)}?",
        _ => Phrases.Capitalize(action) + random.Pick(Phrases.Qualifiers),
    };
}
