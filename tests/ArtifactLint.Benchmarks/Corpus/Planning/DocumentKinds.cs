namespace ArtifactLint.Benchmarks.Corpus.Planning;

internal static class DocumentKinds
{
    public static IReadOnlyList<DocumentKind> All { get; } = Enum.GetValues<DocumentKind>();

    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.Vision => "vision",
        DocumentKind.Goal => "goal",
        DocumentKind.RoadmapItem => "roadmap-item",
        DocumentKind.BacklogItem => "backlog-item",
        DocumentKind.Sprint => "sprint",
        DocumentKind.Release => "release",
        DocumentKind.Idea => "idea",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Folder(DocumentKind kind) => kind switch
    {
        DocumentKind.Vision => "",
        DocumentKind.Goal => "goals",
        DocumentKind.RoadmapItem => "roadmap",
        DocumentKind.BacklogItem => "backlog",
        DocumentKind.Sprint => "sprints",
        DocumentKind.Release => "releases",
        DocumentKind.Idea => "ideas",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string IdPrefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Vision => "V",
        DocumentKind.Goal => "G",
        DocumentKind.RoadmapItem => "RM",
        DocumentKind.BacklogItem => "PB",
        DocumentKind.Sprint => "S",
        DocumentKind.Release => "R",
        DocumentKind.Idea => "IDEA",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Id(DocumentKind kind, int index) => IdPrefix(kind) + "-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
