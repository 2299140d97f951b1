namespace ArtifactLint.Api;

/// <summary>The built-in artifact kinds: their names, their default locations, and how messages name them.</summary>
internal static class Kinds
{
    public const string Vision = "vision";
    public const string Goal = "goal";
    public const string RoadmapItem = "roadmap-item";
    public const string BacklogItem = "backlog-item";
    public const string Sprint = "sprint";
    public const string Release = "release";
    public const string Idea = "idea";

    /// <summary>Every built-in kind, in the order of the pipeline from strategy to delivery.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [Vision, Goal, RoadmapItem, BacklogItem, Sprint, Release, Idea];

    public static bool IsBuiltIn(string kind) => BuiltIn.Contains(kind, StringComparer.Ordinal);

    /// <summary>"backlog item", "goal", "persona".</summary>
    public static string Label(string kind) => kind == "config" ? "configuration file" : IsBuiltIn(kind) ? kind.Replace('-', ' ') : kind;

    /// <summary>"a backlog item", "an idea".</summary>
    public static string WithArticle(string kind)
    {
        var label = Label(kind);
        return (label.Length > 0 && "aeiouAEIOU".Contains(label[0]) ? "an " : "a ") + label;
    }

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
