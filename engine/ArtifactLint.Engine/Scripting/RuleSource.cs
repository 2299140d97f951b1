namespace ArtifactLint.Scripting;

/// <summary>A rule script to load.</summary>
/// <param name="FullPath">Where the script is on disk.</param>
/// <param name="DisplayPath">The path diagnostics use (relative to the workspace root, with '/').</param>
/// <param name="Text">The script's text.</param>
internal sealed record RuleSource(string FullPath, string DisplayPath, string Text);
