namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>physicalLocation</c>: a file and a region of it.</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);
