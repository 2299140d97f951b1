namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>propertyBag</c> of a rule: its category, also as a tag (code scanning filters by tags).</summary>
internal sealed record SarifPropertyBag(string Category, IReadOnlyList<string> Tags);
