using ArtifactLint.Api;
using ArtifactLint.Reporting;

namespace ArtifactLint.Testing;

/// <summary>How a fixture's findings compare with what it expects.</summary>
internal sealed record FixtureOutcome(string Fixture, IReadOnlyList<Expectation> Missing, IReadOnlyList<Diagnostic> Unexpected, IReadOnlyList<Diagnostic> Findings)
{
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0;

    /// <summary>Both sides of a difference, for a person to read (through <see cref="VisibleText"/>: one line each).</summary>
    /// <param name="shown">The fixture's folder as the reader knows it; default: <see cref="Fixture"/>.</param>
    public string Describe(string? shown = null)
    {
        var name = VisibleText.OfPath(shown ?? Fixture);
        if (Passed)
        {
            return $"{name}: ok ({Findings.Count} expected findings)";
        }

        var lines = new List<string> { $"{name}: FAILED" };
        lines.AddRange(Missing.Select(m => $"  missing:    {VisibleText.Of(m.ToString())}"));
        lines.AddRange(Unexpected.Select(d => $"  unexpected: {VisibleText.At(d.Location)}: {d.Id}: {VisibleText.Of(d.Message)}"));
        return string.Join('\n', lines);
    }
}
