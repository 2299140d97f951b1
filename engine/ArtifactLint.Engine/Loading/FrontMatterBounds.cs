namespace ArtifactLint.Loading;

/// <summary>Where a front matter is in a document's text (character indexes) and whether it is closed.</summary>
/// <param name="YamlStart">The index of the first character after the opening <c>---</c> line.</param>
/// <param name="YamlEnd">The index of the closing marker line (the text's length when never closed).</param>
/// <param name="IsClosed">Whether a <c>---</c> or <c>...</c> line closes it.</param>
internal readonly record struct FrontMatterBounds(int YamlStart, int YamlEnd, bool IsClosed);
