using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>
/// A YAML text read as JSON values: the root (null when the YAML is empty or invalid), whose tokens carry
/// their file spans (<see cref="ISpannedToken"/>), the comments, and AL0001 diagnostics.
/// </summary>
internal sealed record YamlReadResult(
    JToken? Root,
    IReadOnlyList<YamlComment> Comments,
    IReadOnlyList<Diagnostic> Diagnostics);
