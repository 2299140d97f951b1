namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>suppression</c>: the inline comment that silenced a result, with its justification.</summary>
internal sealed record SarifSuppression(string Kind, string Justification, SarifLocation Location);
