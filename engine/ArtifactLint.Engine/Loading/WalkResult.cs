using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>The files of a workspace (relative paths with <c>/</c>, sorted ordinally) and the folders that could not be walked.</summary>
internal sealed record WalkResult(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics);
