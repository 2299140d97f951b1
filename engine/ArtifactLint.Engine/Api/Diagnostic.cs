namespace ArtifactLint.Api;

/// <summary>One finding: a rule, its severity for this run, where, and what is wrong.</summary>
/// <param name="Descriptor">The rule that found it.</param>
/// <param name="Severity">Its severity in this run: the rule's default, or what the config or the rule chose.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Message">What is wrong and what would fix it, in the words of the product.</param>
public sealed record Diagnostic(RuleDescriptor Descriptor, Severity Severity, Location Location, string Message)
{
    /// <summary>Other places the finding refers to, in the order the rule gave them.</summary>
    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>The id of the rule's message the finding says (<c>over-capacity</c>), when the rule reported one of its <see cref="RuleDescriptor.Messages"/>.</summary>
    public string? MessageId { get; init; }

    /// <summary>The values that filled the message's placeholders, as text, in the order of its <see cref="RuleMessage.Placeholders"/>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The id of the artifact the finding is about, when there is one (baseline and SARIF fingerprints use it).</summary>
    public string? ArtifactId { get; init; }

    /// <summary>The front-matter property the finding is about (<c>goals</c>, <c>capacity</c>), without list indexes.</summary>
    public string? Property { get; init; }

    /// <summary>The offending value as text, when the finding is about one value (a list element, an enum value).</summary>
    public string? Value { get; init; }

    /// <summary>The change that resolves the finding, when it is mechanical and unambiguous (<c>lint --fix</c> applies it); null otherwise.</summary>
    public Fix? Fix { get; init; }

    /// <summary>Changes a person may choose among (each allowed value of an enum); never applied by <c>--fix</c>.</summary>
    public IReadOnlyList<Fix> Suggestions { get; init; } = [];

    /// <summary>Whether an inline suppression covers the finding (set by the engine; reporters may still show it).</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>The rule id, for short.</summary>
    public string Id => Descriptor.Id;
}
