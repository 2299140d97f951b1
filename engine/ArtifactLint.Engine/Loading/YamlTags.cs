using System.Numerics;
using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// The YAML 1.2 core-schema tags a front matter may use (<c>!!str</c>, <c>!!int</c>, <c>!!float</c>,
/// <c>!!bool</c>, <c>!!null</c>, <c>!!seq</c>, <c>!!map</c>, and the non-specific <c>!</c>), applied as the
/// spec says: a tag decides the type, whatever the quoting. A value that cannot have its tag's type, and
/// any other tag, is an error: nothing a tag says is passed over in silence.
/// </summary>
internal static class YamlTags
{
    private const string Prefix = "tag:yaml.org,2002:";
    private const string NonSpecific = "!";

    /// <summary>The value of a tagged scalar, or the reason it cannot be read (<see cref="TaggedValue.Error"/>).</summary>
    /// <param name="tag">The resolved tag (<c>!!int</c> arrives as <c>tag:yaml.org,2002:int</c>).</param>
    /// <param name="text">The scalar's text.</param>
    public static TaggedValue Scalar(string tag, string text)
    {
        var resolved = ScalarResolver.Resolve(text);
        return tag switch
        {
            NonSpecific or Prefix + "str" => new(text, null),
            Prefix + "int" when resolved is long or BigInteger => new(resolved, null),
            Prefix + "int" => Mismatch(text, tag, "is not a whole number: remove the tag, or write a number such as 5"),
            Prefix + "float" when resolved is long whole => new((decimal)whole, null),
            Prefix + "float" when resolved is BigInteger big => new((double)big, null),
            Prefix + "float" when resolved is decimal or double => new(resolved, null),
            Prefix + "float" => Mismatch(text, tag, "is not a number: remove the tag, or write a number such as 2.5"),
            Prefix + "bool" when resolved is bool => new(resolved, null),
            Prefix + "bool" => Mismatch(text, tag, "is not true or false: remove the tag, or write true or false"),
            Prefix + "null" when resolved is null => new(null, null),
            Prefix + "null" => Mismatch(text, tag, "is not null: remove the tag, or leave the value empty"),
            Prefix + "seq" or Prefix + "map" => Mismatch(text, tag, $"is a single value, not {Shape(tag)}: remove the tag"),
            _ => new(null, Unsupported(tag)),
        };
    }

    /// <summary>Null when <paramref name="tag"/> fits a list (<paramref name="isList"/>) or a mapping; else the reason it does not.</summary>
    public static string? Collection(string tag, bool isList)
    {
        var fits = isList ? Prefix + "seq" : Prefix + "map";
        if (tag == NonSpecific || tag == fits)
        {
            return null;
        }

        return tag.StartsWith(Prefix, StringComparison.Ordinal) && tag[Prefix.Length..] is "str" or "int" or "float" or "bool" or "null" or "seq" or "map"
            ? $"this {(isList ? "list" : "mapping")} is tagged {Display(tag)}, but it is not {Shape(tag)}: remove the tag"
            : Unsupported(tag);
    }

    private static TaggedValue Mismatch(string text, string tag, string why) =>
        new(null, $"'{Excerpt.Of(text)}' is tagged {Display(tag)} but {why}");

    private static string Unsupported(string tag) =>
        $"tags are not supported in front matter: remove '{Excerpt.Of(Display(tag))}' (only the YAML core-schema tags "
        + "!!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read)";

    private static string Shape(string tag) => tag[Prefix.Length..] switch
    {
        "seq" => "a list",
        "map" => "a mapping",
        "str" => "text",
        "int" => "a whole number",
        "float" => "a number",
        "bool" => "true or false",
        _ => "null",
    };

    private static string Display(string tag) =>
        tag.StartsWith(Prefix, StringComparison.Ordinal) ? "!!" + tag[Prefix.Length..] : tag;
}
