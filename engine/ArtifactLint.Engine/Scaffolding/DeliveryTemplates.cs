namespace ArtifactLint.Scaffolding;

/// <summary>The product owner's side of the <c>init</c> examples: a ready backlog item and the sprint it is planned in.</summary>
internal static class DeliveryTemplates
{
    public static string BacklogItem(ExampleDates dates) => $"""
        ---
        id: PB-1
        kind: backlog-item
        title: Show a checklist of first steps on the dashboard
        type: story
        status: ready
        priority: high
        rank: 1
        estimate: 3
        goals: [G-1]
        roadmap_item: R-1
        sprint: S-1
        release: REL-1
        assignee: [developer]
        labels: [onboarding]
        created_date: {dates.ItemCreated}
        updated_date: {dates.ItemUpdated}
        ---
        As a new customer, I want to see what to do first, so that I get value in my first week.

        ## Acceptance criteria
        - [ ] The dashboard shows the three first steps until each is done
        - [ ] A finished step is ticked off without reloading the page

        """;

    public static string Sprint(ExampleDates dates) => $"""
        ---
        id: S-1
        kind: sprint
        title: Sprint 1
        status: active
        start_date: {dates.SprintStart}
        end_date: {dates.SprintEnd}
        capacity: 20
        goal: New customers see their first steps on the dashboard
        release: REL-1
        ---
        A sprint: a time box with a capacity in points. Backlog items join it with `sprint: S-1`;
        ArtifactLint checks that their estimates fit the capacity.

        """;
}
