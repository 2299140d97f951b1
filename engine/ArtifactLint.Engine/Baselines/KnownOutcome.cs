namespace ArtifactLint.Baselines;

/// <summary>What <c>--new-since REV</c> hid: the findings that were findings of REV already (within the report's PATHs).</summary>
/// <param name="Revision">REV as the user named it.</param>
/// <param name="Hidden">How many findings it hid.</param>
internal sealed record KnownOutcome(string Revision, int Hidden);
