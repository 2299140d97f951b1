using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>A mapping with the position where it starts.</summary>
internal sealed class SpannedObject(SourceSpan span) : JObject, ISpannedToken
{
    public SourceSpan Span { get; } = span;
}
