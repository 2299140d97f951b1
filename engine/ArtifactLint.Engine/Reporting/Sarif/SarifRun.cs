namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>run</c>: the tool with its rules, whether it succeeded, the base URIs paths are relative to, the results.</summary>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    string ColumnKind,
    IReadOnlyList<SarifResult> Results);
