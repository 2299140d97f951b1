using ArtifactLint.Api;

namespace ArtifactLint.Testing;

/// <summary>How a fixture's findings compare with what it expects.</summary>
internal sealed record FixtureOutcome(string Fixture, IReadOnlyList<Expectation> Missing, IReadOnlyList<Diagnostic> Unexpected, IReadOnlyList<Diagnostic> Findings)
{
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0;

    /// <summary>Both sides of a difference, for a person to read.</summary>
    public string Describe()
    {
        if (Passed)
        {
            return $"{Fixture}: ok ({Findings.Count} expected findings)";
        }

        var lines = new List<string> { $"{Fixture}: FAILED" };
        lines.AddRange(Missing.Select(m => $"  missing:    {m}"));
        lines.AddRange(Unexpected.Select(d => $"  unexpected: {d.Location.Path}:{d.Location.Line}:{d.Location.Column}: {d.Id}: {d.Message}"));
        return string.Join('\n', lines);
    }
}
