namespace ArtifactLint.Api;

/// <summary>A pipe table of the body: its header cells, its rows of cells, and where it starts.</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, Location Location);
