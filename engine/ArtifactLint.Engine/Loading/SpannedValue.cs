using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>A scalar with the span of its text; the JSON type follows the value (null, bool, number or string).</summary>
internal sealed class SpannedValue(object? value, SourceSpan span) : JValue(value), ISpannedToken
{
    public SourceSpan Span { get; } = span;
}
