using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

internal static class VisionWriter
{
    public static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        var document = new GeneratedDocument(planned)
            .Add("id", planned.Id)
            .Add("kind", "vision")
            .AddText("title", $"{AreaCatalog.Product}: small businesses get paid without chasing anyone")
            .AddText("owner", random.Pick(People.Names))
            .AddList("target_segments", ["Freelancers", "Agencies with 2-50 people", "Trades and field services", "Accountants serving small businesses"])
            .Add("horizon", "2029")
            .Add("status", "active");

        var body = new MarkdownWriter()
            .Paragraph($"By 2029, {AreaCatalog.Product} is the tool a small business opens when it has done the work and wants the money. "
                + "Invoices go out the same day, payments arrive on time, and the books are ready for the accountant without a spreadsheet in between.")
            .Heading("Who it is for")
            .Bullets(AreaCatalog.Areas.Select(a => a.Persona).Distinct().Select(p => Phrases.Capitalize(p) + "s who would rather do their job than their paperwork"))
            .Heading("What we believe")
            .Bullets(
            [
                "Getting paid is the job, not a chore after the job.",
                "Every number on an invoice must be explainable to a tax office.",
                "A feature nobody finds does not exist: defaults beat settings.",
            ])
            .Heading("What we will not do")
            .Bullets(["Payroll", "Inventory management", "A general ledger for companies with more than 50 people"])
            .Heading("Goals")
            .Bullets(plan.Targets.ActiveGoals.Take(8).Select(g => DocumentLinks.To(plan, planned, DocumentKind.Goal, g)));
        document.Body = body.ToString();
        return document;
    }
}
