namespace ArtifactLint.Api;

/// <summary>A pipe table of the body: its header cells, its rows of cells, and where it starts.</summary>
/// <param name="Headers">The header cells, as plain text.</param>
/// <param name="Rows">The body rows, each its cells as plain text.</param>
/// <param name="Location">Where the table starts.</param>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, Location Location);
