using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>Reads and copies the spans that the YAML reader's tokens carry (<see cref="ISpannedToken"/>).</summary>
internal static class TokenSpans
{

    /// <summary>
    /// A deep copy of <paramref name="token"/> whose every token (and property key) gets the span
    /// <paramref name="spanOf"/> gives for the token it copies. The source is at most 64 levels deep
    /// (the reader's limit), so recursion is safe.
    /// </summary>
    public static JToken Copy(JToken token, Func<JToken, SourceSpan> spanOf)
    {
        switch (token)
        {
            case JObject mapping:
                var objectCopy = new SpannedObject(spanOf(mapping));
                foreach (var property in mapping.Properties())
                {
                    objectCopy.Add(new SpannedProperty(property.Name, Copy(property.Value, spanOf), spanOf(property)));
                }

                return objectCopy;
            case JArray list:
                var listCopy = new SpannedArray(spanOf(list));
                foreach (var element in list)
                {
                    listCopy.Add(Copy(element, spanOf));
                }

                return listCopy;
            case JValue value:
                return new SpannedValue(value.Value, spanOf(value));
            default:
                throw new ArgumentException($"a front matter holds no {token.Type} token", nameof(token));
        }
    }
}
