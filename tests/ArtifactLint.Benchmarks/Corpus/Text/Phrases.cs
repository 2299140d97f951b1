namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>Sentences a product team writes over and over; "{area}" and "{persona}" are filled in.</summary>
internal static class Phrases
{
    public static IReadOnlyList<string> Context { get; } =
    [
        "Support gets about a dozen tickets a week about this, most of them from {persona}s on the Starter plan.",
        "We saw in last quarter's interviews that {persona}s work around this with spreadsheets and e-mail.",
        "Two of our larger accounts raised it in their renewal calls, so it is on the radar of Customer Success.",
        "The current behaviour dates from the first version of {area} and was never revisited.",
        "Competitors already offer something similar, although none of them handles multi-currency well.",
        "Usage data shows that 38% of active workspaces touch {area} every week, so small improvements add up.",
        "We want to keep the change small and ship it behind a feature flag first.",
        "The design was reviewed with three {persona}s; the notes are linked below.",
        "This touches the {area} service and the web app; the mobile app follows in a later item.",
        "Legal confirmed that nothing here changes what we store about customers.",
        "Performance matters here: some workspaces have more than 50,000 invoices.",
        "The wording of every message was agreed with the content designer.",
        "Nothing in this item changes the public API; integrations keep working as they are.",
        "Measure the effect with the existing {area} dashboard before and after release.",
        "If this turns out bigger than estimated, split it rather than stretch the sprint.",
    ];

    public static IReadOnlyList<string> Criteria { get; } =
    [
        "Works for accounts in EUR, GBP and USD, with the currency's own rounding",
        "Errors are shown next to the field that caused them, in plain language",
        "The change is covered by an end-to-end test in the {area} suite",
        "Works in the latest two versions of Chrome, Firefox, Safari and Edge",
        "The audit log records who made the change and when",
        "Screen readers announce the new controls correctly",
        "The page loads in under 2 seconds for a workspace with 10,000 invoices",
        "Users without the Admin role see the result but cannot change it",
        "All new texts are translated into German, French and Spanish",
        "The help centre article for {area} is updated",
        "An event is sent to analytics so that adoption can be measured",
        "Existing data is migrated without downtime",
        "The feature flag can switch the behaviour off per workspace",
        "Empty, loading and error states are designed and implemented",
        "Dates are shown in the user's time zone and format",
    ];

    public static IReadOnlyList<string> Qualifiers { get; } =
        ["", "", "", " for multi-currency accounts", " in the client's language", " for teams on the Pro plan", " on slow connections", " with the keyboard only", " in bulk"];

    public static IReadOnlyList<string> TaskTitles { get; } =
    [
        "Add a database index for {area} queries",
        "Write the data migration for {area} settings",
        "Add monitoring alerts for the {area} service",
        "Document the {area} endpoints in the API reference",
        "Add contract tests between web app and {area} service",
        "Move {area} e-mails to the new template engine",
    ];

    public static IReadOnlyList<string> ChoreTitles { get; } =
    [
        "Upgrade the {area} service to .NET 10",
        "Remove the old {area} feature flags",
        "Rotate the {area} service credentials",
        "Delete unused {area} database columns",
        "Bump front-end dependencies used by {area}",
    ];

    public static IReadOnlyList<string> GoalTitles { get; } =
    [
        "Get paid faster", "Grow in the DACH market", "Make month-end close effortless", "Win accountants as a channel",
        "Reduce support load", "Become the mobile-first invoicing tool", "Be compliant in every EU country", "Improve activation in the first week",
        "Raise net revenue retention", "Make integrations self-service", "Cut churn of small teams", "Earn trust with reliability",
    ];

    public static IReadOnlyList<(string Metric, string Unit, double Baseline, double Target)> KeyResults { get; } =
    [
        ("Median days from invoice to payment", "days", 34, 21),
        ("Share of invoices paid on time", "%", 61, 80),
        ("Weekly active workspaces", "workspaces", 12400, 16000),
        ("Support tickets per 100 workspaces", "tickets", 9.5, 6),
        ("Trial-to-paid conversion", "%", 14, 19),
        ("p95 page load of the invoice list", "ms", 2300, 900),
        ("Workspaces connected to an accounting tool", "%", 22, 35),
        ("Net revenue retention", "%", 98, 106),
        ("Uptime of the payments API", "%", 99.5, 99.95),
    ];

    public static IReadOnlyList<string> Links { get; } =
    [
        "https://docs.ledgerly.example/{area}",
        "https://design.ledgerly.example/files/{area}-flows",
        "https://analytics.ledgerly.example/dashboards/{area}",
        "https://support.ledgerly.example/hc/en-us/sections/{area}",
    ];

    public static string Fill(string template, Area area) =>
        template.Replace("{area}", area.Name.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{persona}", area.Persona, StringComparison.Ordinal);

    public static string FillSlug(string template, Area area) => template.Replace("{area}", area.Slug, StringComparison.Ordinal);

    public static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
