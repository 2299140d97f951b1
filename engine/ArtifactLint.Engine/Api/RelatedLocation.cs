namespace ArtifactLint.Api;

/// <summary>A secondary place a finding refers to (the other member of a cycle, an item of an over-committed sprint).</summary>
public sealed record RelatedLocation(Location Location, string Message);
