using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>
/// The YAML front matter of a document, converted to JSON values under the YAML 1.2 core schema,
/// with the source span of every key and value.
/// </summary>
public sealed class FrontMatter
{
    private JObject? _json;

    // The root's tokens come from the YAML reader and carry their spans (ISpannedToken); any other token is located at Start.
    internal FrontMatter(string path, int startLine, JObject root, IReadOnlyList<YamlComment> comments)
    {
        Path = path;
        StartLine = startLine;
        _json = root;
        Values = FrontMatterMap.Of(root);
        Comments = comments;
    }

    // A front matter as a cache kept it: its values, without JSON tokens.
    internal FrontMatter(string path, int startLine, FrontMatterMap values, IReadOnlyList<YamlComment> comments)
    {
        Path = path;
        StartLine = startLine;
        Values = values;
        Comments = comments;
    }

    /// <summary>The document's path.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the opening <c>---</c>.</summary>
    public int StartLine { get; }

    /// <summary>The opening <c>---</c>: where absent properties are reported.</summary>
    public Location Start => Location.At(Path, StartLine, 1);

    /// <summary>The YAML comments of the front matter, in order (suppressions and fixture markers live there).</summary>
    public IReadOnlyList<YamlComment> Comments { get; }

    /// <summary>The top-level property names, in source order.</summary>
    public IEnumerable<string> PropertyNames => Values.Entries.Select(e => e.Key);

    /// <summary>The values, as the model reads them.</summary>
    internal FrontMatterMap Values { get; }

    /// <summary>
    /// The values as JSON tokens with their spans, for the schema check, until <see cref="ReleaseJson"/>: what a
    /// workspace keeps of each document is <see cref="Values"/>, a fifth of the memory.
    /// </summary>
    internal JObject Root => _json ?? throw new InvalidOperationException($"the JSON of {Path}'s front matter was released after its schema check");

    /// <summary>Drops the JSON tokens (<see cref="Root"/>) once the schema check is done with them.</summary>
    internal void ReleaseJson() => _json = null;

    /// <summary>Whether the property is present (even when its value is null).</summary>
    public bool Has(string property) => Values.TryGet(property, out _);

    /// <summary>The location of a property's value, or <see cref="Start"/> when the property is absent.</summary>
    public Location LocationOf(string property) =>
        Values.TryGet(property, out var entry) ? LocationOf(entry.Value.Span) : Start;

    /// <summary>The location of the <paramref name="index"/>-th element of a list property, else of the property, else <see cref="Start"/>.</summary>
    public Location LocationOf(string property, int index) =>
        Values[property] is { Value: FrontMatterList list } && index >= 0 && index < list.Items.Length
            ? LocationOf(list.Items[index].Span)
            : LocationOf(property);

    /// <summary>The location of a property's key (<c>status</c> in <c>status: ready</c>), or <see cref="Start"/>.</summary>
    public Location KeyLocationOf(string property) =>
        Values.TryGet(property, out var entry) ? LocationOf(entry.KeySpan) : Start;

    /// <summary>The location of a JSON token of this front matter (a value, or a property's key).</summary>
    internal Location LocationOf(JToken token) =>
        ISpannedToken.TryGet(token, out var span) ? span.ToLocation(Path) : Start;

    // A span of line 0 is none: the value was not built by the YAML reader (an empty front matter's root).
    private Location LocationOf(SourceSpan span) => span.Line > 0 ? span.ToLocation(Path) : Start;
}
