namespace ArtifactLint.Api;

/// <summary>What the body of a document holds, extracted once from the Markdig tree.</summary>
/// <param name="Headings">Every heading, in document order.</param>
/// <param name="Tasks">Every task-list item, in document order.</param>
/// <param name="Links">Every link, in document order.</param>
/// <param name="Tables">Every pipe table, in document order.</param>
public sealed record DocumentOutline(
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<Link> Links,
    IReadOnlyList<Table> Tables)
{
    /// <summary>An outline with nothing in it.</summary>
    public static DocumentOutline Empty { get; } = new([], [], [], []);

    /// <summary>The first heading whose text matches (ordinal, ignoring case), or null.</summary>
    public Heading? FindHeading(string text) =>
        Headings.FirstOrDefault(h => string.Equals(h.Text, text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The task-list items directly under the heading that matches <paramref name="text"/> (tasks under a sub-heading of it are not counted).</summary>
    public IReadOnlyList<TaskItem> TasksUnder(string text)
    {
        var heading = FindHeading(text);
        return heading is null ? [] : Tasks.Where(t => ReferenceEquals(t.Section, heading)).ToArray();
    }
}
