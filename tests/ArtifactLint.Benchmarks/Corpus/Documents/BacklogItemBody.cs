using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

/// <summary>The Markdown body of a backlog item: why, acceptance criteria, sometimes a table, links.</summary>
internal static class BacklogItemBody
{
    private static readonly string[][] _scenarios =
    [
        ["Single currency, no discount", "Totals match the PDF to the cent"],
        ["Two currencies in one workspace", "Each invoice keeps its own currency"],
        ["Client with reverse charge", "No VAT line, note printed on the invoice"],
        ["Workspace with 50,000 invoices", "List loads in under 2 seconds"],
        ["User with the Viewer role", "Read-only, actions are hidden"],
    ];

    public static string Write(CorpusPlan plan, PlannedDocument planned, BacklogFacts facts, Area area, string action, IReadOnlyList<int> dependencies, Random random)
    {
        var body = new MarkdownWriter();
        string opening = facts.Type switch
        {
            "story" => $"As {Phrases.Article(area.Persona)}, I want to {action} so that {random.Pick(area.Benefits)}.",
            "bug" => $"Reported by {Phrases.Article(area.Persona)}: {random.Pick(area.Bugs)}. It happens in production since the last release.",
            "epic" => $"This epic groups the work on {area.Name.ToLowerInvariant()} for the roadmap item it belongs to.",
            "spike" => $"We do not yet know whether we can {action} without a rewrite of the {area.Name.ToLowerInvariant()} service. Time-box: two days.",
            _ => $"Housekeeping for {area.Name.ToLowerInvariant()}, needed before the next stories can start.",
        };
        var context = random.Shuffled(Phrases.Context).Take(5).Select(c => Phrases.Fill(c, area)).ToList();
        body.Paragraph(opening + " " + string.Join(" ", context.Take(3)));
        body.Paragraph(string.Join(" ", context.Skip(2)));

        if (facts.Type == "bug")
        {
            body.Heading("Steps to reproduce").Numbered(
            [
                $"Sign in as {Phrases.Article(area.Persona)} in a workspace on the Pro plan",
                $"Open {area.Name} and {action}",
                "Compare the result with the invoice PDF",
            ]);
        }

        if (facts.Type == "epic")
        {
            body.Heading("Scope").Bullets(random.Shuffled(area.Actions).Take(4).Select(Phrases.Capitalize));
        }

        body.Heading("Acceptance criteria").TaskList(Criteria(facts, area, action, random));

        if (random.Chance(0.5))
        {
            body.Heading("Examples").Table(["Scenario", "Expected"], random.Shuffled(_scenarios).Take(3));
        }

        body.Heading("Notes").Paragraph(DocumentText.Notes(area, random, sentences: 3));
        body.Heading("Out of scope").Bullets(random.Shuffled(Notes.OutOfScope).Take(2));
        if (facts.Status is "new" or "refined")
        {
            body.Heading("Open questions").Bullets(random.Shuffled(Notes.Questions).Take(2));
        }

        body.Heading("Links").Bullets(Links(plan, planned, facts, area, dependencies, random));
        return body.ToString();
    }

    private static IEnumerable<(string, bool)> Criteria(BacklogFacts facts, Area area, string action, Random random)
    {
        int done = facts.Status switch
        {
            "done" => int.MaxValue,
            "review" => 3,
            "in-progress" => 1,
            _ => 0,
        };
        var texts = new List<string> { Phrases.Capitalize(Phrases.Article(area.Persona)) + " can " + action };
        texts.AddRange(random.Shuffled(Phrases.Criteria).Take(random.Next(3, 7)).Select(c => Phrases.Fill(c, area)));
        return texts.Select((text, i) => (text, i < done));
    }

    private static IEnumerable<string> Links(CorpusPlan plan, PlannedDocument planned, BacklogFacts facts, Area area, IReadOnlyList<int> dependencies, Random random)
    {
        if (facts.Parent is int parent)
        {
            yield return "Epic: " + DocumentLinks.To(plan, planned, DocumentKind.BacklogItem, parent);
        }

        if (facts.RoadmapItem is int roadmap)
        {
            yield return "Roadmap: " + DocumentLinks.To(plan, planned, DocumentKind.RoadmapItem, roadmap);
        }

        foreach (int dependency in dependencies)
        {
            yield return "Depends on " + DocumentLinks.To(plan, planned, DocumentKind.BacklogItem, dependency);
        }

        string url = Phrases.FillSlug(random.Pick(Phrases.Links), area);
        yield return $"[{area.Name} reference]({url})";
    }
}
