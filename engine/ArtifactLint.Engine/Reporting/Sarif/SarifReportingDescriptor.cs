namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>reportingDescriptor</c>: one rule's metadata and its messages by id.</summary>
internal sealed record SarifReportingDescriptor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required SarifMultiformatMessageString ShortDescription { get; init; }

    public required SarifMultiformatMessageString FullDescription { get; init; }

    public string? HelpUri { get; init; }

    /// <summary>The rule's messages with positional placeholders, in the rule's order; null when it has none.</summary>
    public IReadOnlyDictionary<string, SarifMultiformatMessageString>? MessageStrings { get; init; }

    public required SarifReportingConfiguration DefaultConfiguration { get; init; }

    public required SarifPropertyBag Properties { get; init; }
}
