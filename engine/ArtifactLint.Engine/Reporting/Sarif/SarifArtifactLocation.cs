namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>artifactLocation</c>: a URI, relative to the base <paramref name="UriBaseId"/> when there is one.</summary>
/// <param name="Uri">The URI.</param>
/// <param name="UriBaseId">The key in the run's <c>originalUriBaseIds</c>, or null for an absolute URI (the base itself).</param>
internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId = null);
