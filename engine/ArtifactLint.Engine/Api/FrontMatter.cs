using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>
/// The YAML front matter of a document, converted to JSON values under the YAML 1.2 core schema,
/// with the source span of every key and value.
/// </summary>
public sealed class FrontMatter
{
    // The root's tokens come from the YAML reader and carry their spans (ISpannedToken); any other token is located at Start.
    internal FrontMatter(string path, int startLine, JObject root, IReadOnlyList<YamlComment> comments)
    {
        Path = path;
        StartLine = startLine;
        Root = root;
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
    public IEnumerable<string> PropertyNames => Root.Properties().Select(p => p.Name);

    internal JObject Root { get; }

    /// <summary>Whether the property is present (even when its value is null).</summary>
    public bool Has(string property) => Root.ContainsKey(property);

    /// <summary>The location of a property's value, or <see cref="Start"/> when the property is absent.</summary>
    public Location LocationOf(string property) =>
        Root.TryGetValue(property, out var value) ? LocationOf(value) : Start;

    /// <summary>The location of the <paramref name="index"/>-th element of a list property, else of the property, else <see cref="Start"/>.</summary>
    public Location LocationOf(string property, int index) =>
        Root.TryGetValue(property, out var value) && value is JArray array && index >= 0 && index < array.Count
            ? LocationOf(array[index])
            : LocationOf(property);

    /// <summary>The location of a property's key (<c>status</c> in <c>status: ready</c>), or <see cref="Start"/>.</summary>
    public Location KeyLocationOf(string property) =>
        Root.Property(property) is { } p && ISpannedToken.TryGet(p, out var span) ? span.ToLocation(Path) : Start;

    /// <summary>The location of a JSON token of this front matter (a value, or a property's key).</summary>
    internal Location LocationOf(JToken token) =>
        ISpannedToken.TryGet(token, out var span) ? span.ToLocation(Path) : Start;
}
