namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>result</c>: one diagnostic.</summary>
internal sealed record SarifResult
{
    public required string RuleId { get; init; }

    /// <summary>The rule's index in the driver's rules.</summary>
    public required int RuleIndex { get; init; }

    public required string Level { get; init; }

    /// <summary><c>new</c> with <c>--new-since</c>, else null.</summary>
    public string? BaselineState { get; init; }

    public required SarifMessage Message { get; init; }

    public required IReadOnlyList<SarifLocation> Locations { get; init; }

    /// <summary>Null when there are none.</summary>
    public IReadOnlyList<SarifLocation>? RelatedLocations { get; init; }

    public required IReadOnlyDictionary<string, string> PartialFingerprints { get; init; }

    /// <summary>Null when the diagnostic is not suppressed.</summary>
    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    /// <summary>The finding's fix (what <c>lint --fix</c> applies), then its suggestions, or null when it has none.</summary>
    public IReadOnlyList<SarifFix>? Fixes { get; init; }
}
