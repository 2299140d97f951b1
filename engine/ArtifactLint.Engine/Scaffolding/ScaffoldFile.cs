namespace ArtifactLint.Scaffolding;

/// <summary>One file a scaffolding command writes: its path relative to the target folder (with '/') and its text.</summary>
internal sealed record ScaffoldFile(string RelativePath, string Text);
