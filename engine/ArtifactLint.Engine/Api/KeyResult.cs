namespace ArtifactLint.Api;

/// <summary>A key result of a goal: what is measured, where it starts, where it should get to.</summary>
/// <param name="Metric">What is measured.</param>
/// <param name="Baseline">The value today, when it is a number.</param>
/// <param name="Target">The value to reach, when it is a number.</param>
/// <param name="Unit">The unit of baseline and target.</param>
/// <param name="Location">Where the key result is in the front matter.</param>
public sealed record KeyResult(string? Metric, decimal? Baseline, decimal? Target, string? Unit, Location Location);
