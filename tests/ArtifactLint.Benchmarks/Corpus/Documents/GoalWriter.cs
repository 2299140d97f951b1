using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class GoalWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        int index = planned.Index;
        string status = plan.GoalStatuses[index];
        string title = Phrases.GoalTitles[index % Phrases.GoalTitles.Count];
        var keyResults = random.Shuffled(Phrases.KeyResults).Take(random.Next(1, 4)).ToList();
        int? parent = index >= 3 && random.Chance(0.4) ? Parent(plan, index, random) : null;

        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "goal")
            .AddText("title", index < Phrases.GoalTitles.Count ? title : $"{title} ({Timeline.AsOf.Year + 1 + (index / Phrases.GoalTitles.Count)})")
            .Add("status", status)
            .AddText("owner", random.Pick(People.Names))
            // a year alone is written as a number, as people do; the schema accepts both
            .Add("period", random.Pick(new[] { "2026-H2", "2027-Q1", "2027-Q2", "2027-H1", "2027" }));
        if (parent is int p)
        {
            document.Add("parent", DocumentKinds.Id(DocumentKind.Goal, p));
        }

        document
            .Add("priority", new[] { "critical", "high", "medium", "low" }[random.Weighted(10, 40, 40, 10)])
            .AddBlock("key_results", keyResults.SelectMany(KeyResultLines).ToArray());

        var body = new MarkdownWriter()
            .Paragraph($"{title} is one of the few things we measure the whole product team by this period. "
                + "Every roadmap item and epic that serves it links here, so we can see what we are actually doing about it.")
            .Heading("Why now")
            .Paragraph(string.Join(" ", random.Shuffled(Phrases.Context).Take(3).Select(s => Phrases.Fill(s, random.Pick(AreaCatalog.Areas)))))
            .Heading("Key results")
            .Table(["Metric", "Baseline", "Target"], keyResults.Select(k => new[] { k.Metric, Yaml.Number(k.Baseline) + " " + k.Unit, Yaml.Number(k.Target) + " " + k.Unit }))
            .Heading("Notes")
            .Paragraph(DocumentText.Notes(random.Pick(AreaCatalog.Areas), random))
            .Heading("Not in scope")
            .Paragraph("Anything that does not move one of the key results above. Ideas that would are collected in the ideas folder and reviewed every month.");
        if (parent is int q)
        {
            body.Paragraph("Contributes to " + DocumentLinks.To(plan, planned, DocumentKind.Goal, q) + ".");
        }

        document.Body = body.ToString();
        return document;
    }

    private static int? Parent(CorpusPlan plan, int index, Random random)
    {
        var earlier = plan.Targets.ActiveGoals.Where(g => g < index).ToList();
        return earlier.Count == 0 ? null : random.Pick(earlier);
    }

    private static IEnumerable<string> KeyResultLines((string Metric, string Unit, double Baseline, double Target) keyResult) =>
    [
        "  - metric: " + Yaml.Scalar(keyResult.Metric),
        "    baseline: " + Yaml.Number(keyResult.Baseline),
        "    target: " + Yaml.Number(keyResult.Target),
        "    unit: " + Yaml.Scalar(keyResult.Unit),
    ];
}
