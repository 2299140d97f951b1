namespace ArtifactLint.Api;

/// <summary>A secondary place a finding refers to (the other member of a cycle, an item of an over-committed sprint).</summary>
/// <param name="Location">The other place.</param>
/// <param name="Message">What it has to do with the finding.</param>
public sealed record RelatedLocation(Location Location, string Message);
