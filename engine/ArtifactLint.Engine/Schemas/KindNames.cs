namespace ArtifactLint.Schemas;

/// <summary>How messages name a kind: "backlog item" for the built-ins, a team kind by its name.</summary>
internal static class KindNames
{
    public static IReadOnlyList<string> BuiltIn { get; } = ["vision", "goal", "roadmap-item", "backlog-item", "sprint", "release", "idea"];

    public static bool IsBuiltIn(string kind) => BuiltIn.Contains(kind, StringComparer.Ordinal);

    /// <summary>"backlog item", "goal", "persona".</summary>
    public static string Label(string kind) => kind == "config" ? "configuration file" : IsBuiltIn(kind) ? kind.Replace('-', ' ') : kind;

    /// <summary>"a backlog item", "an idea".</summary>
    public static string WithArticle(string kind)
    {
        var label = Label(kind);
        return (label.Length > 0 && "aeiouAEIOU".Contains(label[0]) ? "an " : "a ") + label;
    }
}
