namespace ArtifactLint.Api;

/// <summary>A heading of the body: its level (1-6), its plain text, and where it is.</summary>
public sealed record Heading(int Level, string Text, Location Location);
