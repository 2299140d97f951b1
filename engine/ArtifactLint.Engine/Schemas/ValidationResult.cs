using ArtifactLint.Api;

namespace ArtifactLint.Schemas;

/// <summary>What validating one front matter found.</summary>
/// <param name="Diagnostics">AL1001 and AL1004 findings, in source order.</param>
/// <param name="FailedProperties">Top-level properties whose value failed the schema: the typed model reads them as null.</param>
internal sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> FailedProperties);
