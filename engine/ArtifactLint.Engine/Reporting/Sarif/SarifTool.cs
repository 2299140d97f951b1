namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>tool</c>: only its driver, no extensions.</summary>
internal sealed record SarifTool(SarifToolComponent Driver);
