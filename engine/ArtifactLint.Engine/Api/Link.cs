namespace ArtifactLint.Api;

/// <summary>A link of the body: its text, its target, and where it is.</summary>
/// <param name="Text">The link's text.</param>
/// <param name="Url">Its target as written.</param>
/// <param name="Location">Where it is written.</param>
public sealed record Link(string Text, string Url, Location Location);
