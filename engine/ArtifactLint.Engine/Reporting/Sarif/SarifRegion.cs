namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>region</c>: 1-based lines and columns, the end column exclusive.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
