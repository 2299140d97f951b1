using Newtonsoft.Json.Linq;

namespace ArtifactLint.Configuration;

/// <summary>A <c>rules:</c> entry as written: <c>AL3001: error</c> is <c>AL3001: { severity: error }</c> (<see cref="RuleJsonConverter"/>).</summary>
internal sealed record RuleJson
{
    public string? Severity { get; init; }

    /// <summary>The options as the tree's own object: they are validated and located against the config later.</summary>
    public Located<JObject>? Options { get; init; }
}
