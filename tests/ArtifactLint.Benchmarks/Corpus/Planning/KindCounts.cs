namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>How many documents of each kind a corpus of a given size holds.</summary>
internal sealed record KindCounts(int Goals, int RoadmapItems, int BacklogItems, int Sprints, int Releases, int Ideas)
{
    public const int MinimumTotal = 50;

    public int Total => 1 + Goals + RoadmapItems + BacklogItems + Sprints + Releases + Ideas;

    public int this[DocumentKind kind] => kind switch
    {
        DocumentKind.Vision => 1,
        DocumentKind.Goal => Goals,
        DocumentKind.RoadmapItem => RoadmapItems,
        DocumentKind.BacklogItem => BacklogItems,
        DocumentKind.Sprint => Sprints,
        DocumentKind.Release => Releases,
        DocumentKind.Idea => Ideas,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Proportions of a real product repository: the backlog dominates, sprints every two
    // weeks, a release every two sprints, a handful of goals.
    public static KindCounts ForTotal(int total)
    {
        if (total < MinimumTotal)
        {
            throw new ArgumentOutOfRangeException(nameof(total), $"a corpus needs at least {MinimumTotal} documents");
        }

        int goals = Math.Max(2, (int)Math.Round(total * 0.02));
        int roadmap = Math.Max(2, (int)Math.Round(total * 0.05));
        int sprints = Math.Max(4, (int)Math.Round(total * 0.02));
        int releases = Math.Max(2, sprints / 2);
        int ideas = Math.Max(1, (int)Math.Round(total * 0.05));
        int backlog = total - 1 - goals - roadmap - sprints - releases - ideas;
        return new KindCounts(goals, roadmap, backlog, sprints, releases, ideas);
    }
}
