namespace ArtifactLint.Api;

/// <summary>
/// The built-in artifact kinds: their names (what <c>kind:</c> and <see cref="Artifact.Kind"/> say, and what
/// <see cref="RuleDescriptor.Kinds"/> lists), their default locations, and how messages name them.
/// </summary>
public static class Kinds
{
    /// <summary>The product vision (<c>vision.md</c>).</summary>
    public const string Vision = "vision";

    /// <summary>A strategic goal (<c>goals/</c>).</summary>
    public const string Goal = "goal";

    /// <summary>A roadmap item (<c>roadmap/</c>).</summary>
    public const string RoadmapItem = "roadmap-item";

    /// <summary>A backlog item (<c>backlog/</c>).</summary>
    public const string BacklogItem = "backlog-item";

    /// <summary>A sprint (<c>sprints/</c>).</summary>
    public const string Sprint = "sprint";

    /// <summary>A release (<c>releases/</c>).</summary>
    public const string Release = "release";

    /// <summary>An idea (<c>ideas/</c>).</summary>
    public const string Idea = "idea";

    /// <summary>Every built-in kind, in the order of the pipeline from strategy to delivery.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [Vision, Goal, RoadmapItem, BacklogItem, Sprint, Release, Idea];

    /// <summary>Whether <paramref name="kind"/> is one of <see cref="BuiltIn"/> (not a team's own kind).</summary>
    /// <param name="kind">A kind's name.</param>
    public static bool IsBuiltIn(string kind) => BuiltIn.Contains(kind, StringComparer.Ordinal);

    /// <summary>How messages name a kind: "backlog item", "goal", "persona".</summary>
    /// <param name="kind">A kind's name.</param>
    public static string Label(string kind) => kind == "config" ? "configuration file" : IsBuiltIn(kind) ? kind.Replace('-', ' ') : kind;

    /// <summary>How messages name one artifact of a kind: "a backlog item", "an idea".</summary>
    /// <param name="kind">A kind's name.</param>
    public static string WithArticle(string kind)
    {
        var label = Label(kind);
        return (label.Length > 0 && "aeiouAEIOU".Contains(label[0]) ? "an " : "a ") + label;
    }

    /// <summary>Each built-in kind's default location, as written in messages: a top-level folder, or <c>vision.md</c>.</summary>
    internal static IReadOnlyList<(string Location, string Kind)> DefaultLocations { get; } =
    [
        ("vision.md", Vision), ("goals/", Goal), ("roadmap/", RoadmapItem), ("backlog/", BacklogItem),
        ("sprints/", Sprint), ("releases/", Release), ("ideas/", Idea),
    ];

    /// <summary>The default location of each built-in kind: a top-level folder (any depth below it), or <c>vision.md</c> at the root.</summary>
    internal static string? DefaultKindOf(string path)
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
