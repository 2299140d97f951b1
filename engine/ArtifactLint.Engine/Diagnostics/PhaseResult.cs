using ArtifactLint.Api;

namespace ArtifactLint.Diagnostics;

/// <summary>What a phase of the run returns: its output, and the diagnostics it found (a phase appends to nobody's list).</summary>
internal sealed record PhaseResult<T>(T Output, IReadOnlyList<Diagnostic> Diagnostics);
