using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>A parsed document and the AL0001 diagnostics found while parsing it.</summary>
internal sealed record ParseResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics);
