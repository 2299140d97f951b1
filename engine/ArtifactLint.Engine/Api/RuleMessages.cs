using System.Collections;

namespace ArtifactLint.Api;

/// <summary>
/// A rule's messages by id, in the order they were added; the first is the default that
/// <c>Report(location, ...)</c> without an id uses. Written as a collection initializer:
/// <c>Messages = new() { ["over-capacity"] = "Sprint '{sprint}' is committed to ..." }</c>.
/// </summary>
public sealed class RuleMessages : IEnumerable<RuleMessage>
{
    /// <summary>The id of the message a <c>MessageFormat</c> descriptor declares.</summary>
    public const string DefaultId = "default";

    private readonly List<RuleMessage> _messages = [];

    /// <summary>Creates an empty set of messages.</summary>
    public RuleMessages()
    {
    }

    /// <summary>Copies <paramref name="messages"/>.</summary>
    public RuleMessages(IEnumerable<RuleMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Add(message.Id, message.Format);
        }
    }

    /// <summary>How many messages the rule has.</summary>
    public int Count => _messages.Count;

    /// <summary>The default message (the first), or null when there is none.</summary>
    public RuleMessage? Default => _messages.Count == 0 ? null : _messages[0];

    /// <summary>The format of the message <paramref name="id"/>; setting it adds the message, or replaces its format.</summary>
    /// <param name="id">The message's id.</param>
    public string this[string id]
    {
        get => Find(id)?.Format ?? throw new KeyNotFoundException($"no message has the id '{id}'");
        set => Add(id, value);
    }

    /// <summary>Adds the message <paramref name="id"/>, or replaces its format when it exists.</summary>
    /// <param name="id">The message's id.</param>
    /// <param name="format">Its sentence.</param>
    public void Add(string id, string format)
    {
        var index = _messages.FindIndex(m => m.Id == id);
        if (index < 0)
        {
            _messages.Add(new RuleMessage(id, format));
        }
        else
        {
            _messages[index] = new RuleMessage(id, format);
        }
    }

    /// <summary>The message <paramref name="id"/>, or null.</summary>
    /// <param name="id">The message's id.</param>
    public RuleMessage? Find(string? id) => _messages.Find(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>The messages, the default first.</summary>
    public IEnumerator<RuleMessage> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
