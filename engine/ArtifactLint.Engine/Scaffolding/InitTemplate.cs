namespace ArtifactLint.Scaffolding;

/// <summary>What <c>artifactlint init</c> writes: a commented config and one example of each kind, consistent with each other.</summary>
internal static class InitTemplate
{
    public static IReadOnlyList<ScaffoldFile> Files(DateOnly asOf)
    {
        var dates = new ExampleDates(asOf);
        return
        [
            new(".artifactlint.yml", ConfigTemplate.Text(dates)),
            new("vision.md", StrategyTemplates.Vision()),
            new("goals/G-1.md", StrategyTemplates.Goal(dates)),
            new("roadmap/R-1.md", StrategyTemplates.RoadmapItem(dates)),
            new("backlog/PB-1.md", DeliveryTemplates.BacklogItem(dates)),
            new("sprints/S-1.md", DeliveryTemplates.Sprint(dates)),
            new("releases/REL-1.md", StrategyTemplates.Release(dates)),
            new("ideas/I-1.md", StrategyTemplates.Idea(dates)),
        ];
    }
}
