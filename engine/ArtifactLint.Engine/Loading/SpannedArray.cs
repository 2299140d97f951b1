using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>A list with its span: its first line, or all of it for a flow list (<c>[G-1, G-2]</c>), known once it is closed.</summary>
internal sealed class SpannedArray(SourceSpan span) : JArray, ISpannedToken
{
    public SourceSpan Span { get; set; } = span;
}
