namespace ArtifactLint.Api;

/// <summary>A task-list item (<c>- [ ] text</c>): its text, whether it is checked, where it is, and the section it belongs to.</summary>
/// <param name="Text">The item's text after the box.</param>
/// <param name="IsChecked">Whether the box is checked (<c>- [x]</c>).</param>
/// <param name="Location">Where the item is written.</param>
/// <param name="Section">The heading it is under, or null before the first heading.</param>
public sealed record TaskItem(string Text, bool IsChecked, Location Location, Heading? Section);
