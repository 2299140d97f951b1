namespace ArtifactLint.Scaffolding;

/// <summary>The product manager's side of the <c>init</c> examples: vision, goal, roadmap item, release and idea.</summary>
internal static class StrategyTemplates
{
    public static string Vision() => """
        ---
        id: V-1
        kind: vision
        title: Small teams ship what their customers need, on time
        owner: product-manager
        target_segments: [small software teams]
        horizon: 3 years
        ---
        # Vision

        Replace this with your product vision: who you serve, the problem you solve for them, and
        what you will not do. Goals in `goals/` say how you will make progress towards it.

        """;

    public static string Goal(ExampleDates dates) => $"""
        ---
        id: G-1
        kind: goal
        title: Customers get value in their first week
        status: active
        owner: product-manager
        period: {dates.ReleaseHalf}
        key_results:
          - metric: Share of new accounts active in their first week
            baseline: 40
            target: 60
            unit: percent
        ---
        A strategic goal with a measurable key result. Roadmap items and backlog items name the goals
        they serve in `goals: [G-1]`; ArtifactLint checks that those references resolve.

        """;

    public static string RoadmapItem(ExampleDates dates) => $"""
        ---
        id: R-1
        kind: roadmap-item
        title: Guided first steps
        status: in-progress
        goals: [G-1]
        horizon: now
        timeframe: {dates.ReleaseQuarter}
        release: REL-1
        owner: product-manager
        ---
        A roadmap item: an outcome you plan to deliver for a goal, in a timeframe and a release.
        Backlog items that deliver it say so in `roadmap_item: R-1`.

        """;

    public static string Release(ExampleDates dates) => $"""
        ---
        id: REL-1
        kind: release
        title: First release
        version: "1.0"
        date: {dates.ReleaseDate}
        status: planned
        goals: [G-1]
        ---
        A release with its target date. Sprints and backlog items name the release they go into.

        """;

    public static string Idea(ExampleDates dates) => $"""
        ---
        id: I-1
        kind: idea
        title: Import existing data from a spreadsheet
        status: new
        submitted_by: customer-success
        submitted_date: {dates.IdeaSubmitted}
        stakeholders: [customer-success, sales]
        goals: [G-1]
        ---
        An idea from a stakeholder, waiting for triage. When you decide, set `status`, write the answer
        in `decision` and the day in `decided_date`.

        """;
}
