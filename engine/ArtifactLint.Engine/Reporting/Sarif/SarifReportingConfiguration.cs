namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>reportingConfiguration</c>: a rule's default level.</summary>
internal sealed record SarifReportingConfiguration(string Level);
