namespace ArtifactLint.Api;

/// <summary>
/// One message a rule can report: an id (<c>over-capacity</c>) and a whole sentence with named placeholders
/// (<c>Sprint '{sprint}' is committed to {load} ...</c>). A placeholder the sentence quotes (<c>'{sprint}'</c>)
/// is a value from a document: past <see cref="Excerpt.MaxLength"/> characters it is cut (<see cref="Excerpt.Of"/>).
/// Write <c>{{</c> and <c>}}</c> for literal braces.
/// </summary>
public sealed class RuleMessage
{
    private MessageTemplate? _template;

    /// <summary>Creates a message.</summary>
    /// <param name="id">The message's id, unique in its rule: lowercase kebab-case (<c>over-capacity</c>).</param>
    /// <param name="format">The sentence, with <c>{name}</c> placeholders the report's values fill.</param>
    public RuleMessage(string id, string format)
    {
        Id = id;
        Format = format;
    }

    /// <summary>The message's id, unique in its rule.</summary>
    public string Id { get; }

    /// <summary>The sentence, with <c>{name}</c> placeholders.</summary>
    public string Format { get; }

    /// <summary>The placeholders' names in order of first appearance (<c>sprint</c>, <c>load</c>, ...).</summary>
    public IReadOnlyList<string> Placeholders => Template.Placeholders;

    internal MessageTemplate Template => _template ??= MessageTemplate.Parse(Format);
}
