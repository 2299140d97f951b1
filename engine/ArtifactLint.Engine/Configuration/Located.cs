using Newtonsoft.Json.Linq;

namespace ArtifactLint.Configuration;

/// <summary>A config value as deserialised, with the token of the config's tree it was read from: its span places a diagnostic about the value.</summary>
/// <param name="Value">The value; for a JSON token type (the options of a rule), the tree's own token.</param>
/// <param name="Token">The token the YAML reader built for the value.</param>
internal sealed record Located<T>(T Value, JToken Token);
