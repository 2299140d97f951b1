using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>Expands an alias: a copy of the anchored value, whose inner values point where they are written.</summary>
internal static class AliasCopy
{
    /// <param name="anchored">The value the anchor is on.</param>
    /// <param name="alias">Where the alias is written: the span of the copy itself.</param>
    public static JToken Create(JToken anchored, SourceSpan alias) =>
        TokenSpans.Copy(anchored, token => ReferenceEquals(token, anchored) ? alias : ISpannedToken.TryGet(token, out var span) ? span : alias);

    /// <summary>How many levels the value nests (a scalar is 1); the anchored value is at most 64 deep, so recursion is safe.</summary>
    public static int Height(JToken token) => token switch
    {
        JProperty property => Height(property.Value),
        JContainer container => 1 + container.Children().Select(Height).DefaultIfEmpty(0).Max(),
        _ => 1,
    };
}
