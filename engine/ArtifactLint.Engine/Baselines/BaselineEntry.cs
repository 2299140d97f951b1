namespace ArtifactLint.Baselines;

/// <summary>One line of the baseline: how many findings with this key were accepted when it was recorded.</summary>
internal sealed record BaselineEntry(BaselineKey Key, int Count);
