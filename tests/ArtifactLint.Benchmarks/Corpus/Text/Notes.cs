namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>The notes and scope boundaries people add under a story once it is discussed.</summary>
internal static class Notes
{
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "Refinement on Tuesday agreed to reuse the existing {area} components instead of building new ones.",
        "The API change is additive, so older mobile versions keep working until they update.",
        "Keep an eye on the background job queue: the nightly batch already runs close to its window.",
        "Copy for the empty state is still with the content designer and may change before release.",
        "QA wants test data with at least three currencies and one client outside the EU.",
        "The old behaviour stays available behind the flag for two releases, then we remove it.",
        "Customer Success will tell the ten accounts that asked for this once it is live.",
        "We checked the numbers with our own accountant; rounding follows the invoice currency.",
        "The {persona} interviews are summarised in the research folder; quotes there are verbatim.",
        "If the provider's sandbox is down again, test against the recorded responses instead.",
        "Error messages follow the style guide: what happened, why, and what to do next.",
        "Tracking events are named after the screen, not the component, as agreed with analytics.",
        "No new permissions are needed; the existing {area} role covers it.",
        "Load test with the anonymised copy of the largest workspace before merging.",
        "The design covers phones down to 360 pixels wide; tablets use the desktop layout.",
    ];

    public static IReadOnlyList<string> OutOfScope { get; } =
    [
        "Changes to the PDF layout",
        "Anything the public API exposes",
        "Bulk editing (separate item)",
        "Migrating data older than seven years",
        "The native mobile apps",
        "Reporting on this data",
        "Settings per user instead of per workspace",
        "Translations beyond German, French and Spanish",
    ];

    public static IReadOnlyList<string> Questions { get; } =
    [
        "Do we need a confirmation step, or is undo enough?",
        "Should admins be able to switch this off for their workspace?",
        "What happens to invoices created before the change?",
        "Is an e-mail notification expected, or only in-app?",
        "Does this need a new plan limit?",
    ];
}
