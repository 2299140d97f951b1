using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// The rules that loaded, in source order, and the diagnostics of those that did not.
/// Disposing unloads the rules' assemblies once nothing uses them any more (when they are collectible).
/// </summary>
internal sealed class RuleLoadResult(IReadOnlyList<LoadedRule> rules, IReadOnlyList<Diagnostic> diagnostics, int compiledCount, IReadOnlyList<RuleLoadContext> contexts)
    : IDisposable
{
    public IReadOnlyList<LoadedRule> Rules { get; } = rules;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>How many scripts were compiled (cache misses); 0 on a warm run.</summary>
    public int CompiledCount { get; } = compiledCount;

    public void Dispose()
    {
        foreach (var rule in Rules)
        {
            rule.Factory?.Dispose();
        }

        foreach (var context in contexts.Where(c => c.IsCollectible))
        {
            context.Unload();
        }
    }
}
