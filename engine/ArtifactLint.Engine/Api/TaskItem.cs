namespace ArtifactLint.Api;

/// <summary>A task-list item (<c>- [ ] text</c>): its text, whether it is checked, where it is, and the section it belongs to.</summary>
public sealed record TaskItem(string Text, bool IsChecked, Location Location, Heading? Section);
