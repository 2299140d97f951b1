using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>Expands an alias: a copy of the anchored value, whose inner values point where they are written.</summary>
internal static class AliasCopy
{
    public static JToken Create(JToken anchored, Dictionary<JToken, SourceSpan> spans)
    {
        var copy = anchored.DeepClone();
        CopySpans(anchored, copy, spans);
        return copy;
    }

    /// <summary>How many levels the value nests (a scalar is 1); the anchored value is at most 64 deep, so recursion is safe.</summary>
    public static int Height(JToken token) => token switch
    {
        JProperty property => Height(property.Value),
        JContainer container => 1 + container.Children().Select(Height).DefaultIfEmpty(0).Max(),
        _ => 1,
    };

    private static void CopySpans(JToken original, JToken copy, Dictionary<JToken, SourceSpan> spans)
    {
        if (spans.TryGetValue(original, out var span))
        {
            spans[copy] = span;
        }

        if (original is JContainer container)
        {
            using var copies = ((JContainer)copy).Children().GetEnumerator();
            foreach (var child in container.Children())
            {
                copies.MoveNext();
                CopySpans(child, copies.Current, spans);
            }
        }
    }
}
