namespace ArtifactLint.Api;

/// <summary>A heading of the body: its level (1-6), its plain text, and where it is.</summary>
/// <param name="Level">1 for <c>#</c> to 6 for <c>######</c>.</param>
/// <param name="Text">Its plain text, without the <c>#</c> marks or inline markup.</param>
/// <param name="Location">Where it is written.</param>
public sealed record Heading(int Level, string Text, Location Location);
