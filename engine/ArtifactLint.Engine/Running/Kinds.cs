namespace ArtifactLint.Running;

/// <summary>The built-in artifact kinds and their default locations (their names in words: <see cref="Schemas.KindNames"/>).</summary>
internal static class Kinds
{
    public const string Vision = "vision";
    public const string Goal = "goal";
    public const string RoadmapItem = "roadmap-item";
    public const string BacklogItem = "backlog-item";
    public const string Sprint = "sprint";
    public const string Release = "release";
    public const string Idea = "idea";

    /// <summary>Each built-in kind's default location, as written in messages: a top-level folder, or <c>vision.md</c>.</summary>
    public static IReadOnlyList<(string Location, string Kind)> DefaultLocations { get; } =
    [
        ("vision.md", Vision), ("goals/", Goal), ("roadmap/", RoadmapItem), ("backlog/", BacklogItem),
        ("sprints/", Sprint), ("releases/", Release), ("ideas/", Idea),
    ];

    /// <summary>The default location of each built-in kind: a top-level folder (any depth below it), or <c>vision.md</c> at the root.</summary>
    public static string? DefaultKindOf(string path)
    {
        if (path == "vision.md")
        {
            return Vision;
        }

        var slash = path.IndexOf('/');
        return slash < 0 ? null : path[..slash] switch
        {
            "goals" => Goal,
            "roadmap" => RoadmapItem,
            "backlog" => BacklogItem,
            "sprints" => Sprint,
            "releases" => Release,
            "ideas" => Idea,
            _ => null,
        };
    }
}
