namespace ArtifactLint.Scripting;

/// <summary>How the host loads rules.</summary>
/// <param name="CacheDirectory">The compiled-rule cache; null for <see cref="RuleCache.DefaultDirectory"/> from the process environment.</param>
/// <param name="NoCache">Compile every rule, and neither read nor write the cache (<c>--no-cache</c>).</param>
/// <param name="TrustRules">Skip the allow-list check (<c>--trust-rules</c> or <c>ARTIFACTLINT_TRUST_RULES=full</c>; never from the config).</param>
internal sealed record RuleHostOptions(string? CacheDirectory = null, bool NoCache = false, bool TrustRules = false)
{
    /// <summary>How long a script's top-level code may run, and how much it may allocate, while building its rule.</summary>
    public RuleLimits Limits { get; init; } = RuleLimits.Default;

    /// <summary>Load the rules so that they can be unloaded (see <see cref="RuleLoadContext"/>): true unless a host that lints once says otherwise.</summary>
    public bool Collectible { get; init; } = true;
}
