using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Reporting;

namespace ArtifactLint.Testing;

/// <summary>How a fixture's findings compare with what it expects.</summary>
internal sealed record FixtureOutcome(string Fixture, IReadOnlyList<Expectation> Missing, IReadOnlyList<Diagnostic> Unexpected, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>Where <c>lint --fix</c> does not give a case's <c>*.fixed.md</c> (<see cref="FixedCases"/>); empty when it does, or the case has none.</summary>
    public IReadOnlyList<string> FixProblems { get; init; } = [];

    /// <summary>Why the fixture's expectations could not be read (a malformed marker or <c>expected.txt</c>); empty when they could.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0 && FixProblems.Count == 0 && Problems.Count == 0;

    /// <summary>The fixture failed because it could not run (see <see cref="Failures"/>), not only because its findings differ.</summary>
    public bool CouldNotRun => !Passed && Unexpected.Any(d => Failures.Contains(d));

    /// <summary>What kept the fixture from running as written: a rule that did not compile, load or finish, or a config error (as with <c>lint</c>, exit 2).</summary>
    public IReadOnlyList<Diagnostic> Failures => [.. Findings.Where(d => EngineRules.IsToolFailure(d.Id) || d.Id == EngineRules.ConfigError.Id)];

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
        lines.AddRange(Problems.Select(p => $"  cannot read: {VisibleText.Of(p)}"));
        lines.AddRange(Failures.Select(d => $"  cannot run: {VisibleText.At(d.Location)}: {d.Id}: {VisibleText.Of(d.Message)}"));
        lines.AddRange(Missing.Select(m => $"  missing:    {VisibleText.Of(m.ToString())}"));
        lines.AddRange(Unexpected.Where(d => !Failures.Contains(d)).Select(d => $"  unexpected: {VisibleText.At(d.Location)}: {d.Id}: {VisibleText.Of(d.Message)}"));
        lines.AddRange(FixProblems.Select(p => $"  fix:        {VisibleText.Of(p)}"));
        return string.Join('\n', lines);
    }
}
