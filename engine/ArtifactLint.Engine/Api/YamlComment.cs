namespace ArtifactLint.Api;

/// <summary>A <c># comment</c> in front matter: its text without the <c>#</c>, and where it is.</summary>
/// <param name="Text">The comment text, trimmed.</param>
/// <param name="Location">Where the <c>#</c> is.</param>
/// <param name="IsTrailing">Whether the comment follows a value on the same line.</param>
public sealed record YamlComment(string Text, Location Location, bool IsTrailing);
