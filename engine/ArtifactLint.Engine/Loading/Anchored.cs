using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>A node that carries an anchor (<c>&amp;name</c>): what an alias to it expands to, and how big that is.</summary>
/// <param name="Token">The node's value.</param>
/// <param name="NodeCount">How many nodes the value holds once its own aliases are expanded.</param>
/// <param name="KeyText">The scalar's text, for an alias used as a mapping key; null for a list or a mapping.</param>
internal sealed record Anchored(JToken Token, int NodeCount, string? KeyText);
