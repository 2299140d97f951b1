namespace ArtifactLint.Api;

/// <summary>A link of the body: its text, its target, and where it is.</summary>
public sealed record Link(string Text, string Url, Location Location);
