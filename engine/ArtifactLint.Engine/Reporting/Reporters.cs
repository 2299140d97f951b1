namespace ArtifactLint.Reporting;

/// <summary>The report formats by name.</summary>
internal static class Reporters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github", "junit"];

    public static IReporter? Create(string name) => name switch
    {
        "text" => new TextReporter(),
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(),
        "github" => new GitHubReporter(),
        "junit" => new JUnitReporter(),
        _ => null,
    };
}
