namespace ArtifactLint.Api;

/// <summary>An inline comment that silences findings, with the reason its author gave.</summary>
/// <param name="Location">Where the comment is.</param>
/// <param name="Justification">The text after <c> -- </c>.</param>
public sealed record Suppression(Location Location, string Justification)
{
    /// <summary>What every suppression comment starts with (<c># artifactlint-disable-line AL2002 -- reason</c>).</summary>
    internal const string Marker = "artifactlint-disable";
}
