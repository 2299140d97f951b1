namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>toolComponent</c> (the driver): the tool and the rules that results point at by index.</summary>
internal sealed record SarifToolComponent(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules);
