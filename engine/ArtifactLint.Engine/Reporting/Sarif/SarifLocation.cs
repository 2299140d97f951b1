namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>location</c>: where a result, a related location or a suppression is.</summary>
internal sealed record SarifLocation
{
    /// <summary>A related location's number (from 1), else null.</summary>
    public int? Id { get; init; }

    public required SarifPhysicalLocation PhysicalLocation { get; init; }

    /// <summary>A related location's message, else null.</summary>
    public SarifMessage? Message { get; init; }
}
