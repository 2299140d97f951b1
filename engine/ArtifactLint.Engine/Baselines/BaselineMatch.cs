using ArtifactLint.Api;

namespace ArtifactLint.Baselines;

/// <summary>What a baseline did to a run's findings.</summary>
/// <param name="Diagnostics">The findings it did not hide, in <see cref="Diagnostics.DiagnosticOrder"/>.</param>
/// <param name="Hidden">How many findings it hid.</param>
/// <param name="Unmatched">Entries that matched no finding at all (fixed since they were recorded).</param>
/// <param name="Shrunk">Entries that matched some findings, but fewer than their count.</param>
internal sealed record BaselineMatch(IReadOnlyList<Diagnostic> Diagnostics, int Hidden, int Unmatched, int Shrunk);
