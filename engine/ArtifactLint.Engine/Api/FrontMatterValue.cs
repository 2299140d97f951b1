using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>
/// A front-matter value as a document keeps it once its schema has checked it: a JSON scalar (null, string, bool,
/// long, double, decimal or BigInteger, as the YAML reader made it), a <see cref="FrontMatterMap"/> or a
/// <see cref="FrontMatterList"/>, with the span of its text (none: line 0). A struct in arrays rather than a tree of
/// JSON tokens, which is about five times the memory, spread over the heap, and copied by every garbage collection.
/// </summary>
internal readonly record struct FrontMatterValue(object? Value, SourceSpan Span)
{
    /// <summary>Whether the value is a scalar with a value (not null, a mapping or a list).</summary>
    public bool IsScalar => Value is not (null or FrontMatterMap or FrontMatterList);

    /// <summary>The value of a JSON token from the YAML reader (<see cref="ISpannedToken"/>), with its spans.</summary>
    public static FrontMatterValue Of(JToken token)
    {
        ISpannedToken.TryGet(token, out var span);
        return token switch
        {
            JObject map => new(FrontMatterMap.Of(map), span),
            JArray list => new(FrontMatterList.Of(list), span),
            JValue scalar => new(scalar.Value, span),
            _ => throw new ArgumentException($"a front matter holds no {token.Type} token", nameof(token)),
        };
    }

    /// <summary>The value as a new JSON token (without spans), for conversions by Newtonsoft's serializer.</summary>
    public JToken ToJson() => Value switch
    {
        FrontMatterMap map => map.ToJson(),
        FrontMatterList list => new JArray(list.Items.Select(i => i.ToJson())),
        _ => new JValue(Value),
    };

    /// <summary>The scalar as a JSON value prints it (<c>12</c>, <c>True</c>, <c>ready</c>); null for null, a mapping or a list.</summary>
    public string? Text => IsScalar ? Value!.ToString() : null;
}
