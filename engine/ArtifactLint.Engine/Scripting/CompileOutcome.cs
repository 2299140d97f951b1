using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>A compiled rule (its DLL with an embedded PDB) or why there is none.</summary>
internal sealed record CompileOutcome(byte[]? Image, IReadOnlyList<Diagnostic> Diagnostics);
