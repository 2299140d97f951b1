using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>
/// A YAML text read as JSON values: the root (null when the YAML is empty or invalid), the file span of
/// every value token and of every <see cref="JProperty"/> (its key), the comments, and AL0001 diagnostics.
/// </summary>
internal sealed record YamlReadResult(
    JToken? Root,
    IReadOnlyDictionary<JToken, SourceSpan> Spans,
    IReadOnlyList<YamlComment> Comments,
    IReadOnlyList<Diagnostic> Diagnostics);
