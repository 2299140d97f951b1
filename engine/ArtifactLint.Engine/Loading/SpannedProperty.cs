using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>A mapping entry with the span of its key (<c>status</c> in <c>status: ready</c>); its value carries its own.</summary>
internal sealed class SpannedProperty(string name, JToken value, SourceSpan keySpan) : JProperty(name, value), ISpannedToken
{
    public SourceSpan Span { get; } = keySpan;
}
