using System.Reflection;
using System.Runtime.Loader;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// One context per compiled rule. The engine itself resolves to the copy the host already loaded,
/// so a script's <see cref="Rule"/> is the host's <see cref="Rule"/>.
/// </summary>
/// <remarks>
/// Collectible by default, so that a host that loads rules again and again (tests, watch mode) does not
/// keep every old copy alive. But the runtime does not tier code in collectible assemblies: every rule
/// method is compiled fully optimized on its first call, which made the JIT most of a warm run's rule
/// phase (~180 ms of JIT on two threads in a ~165 ms phase, 1,000 documents). A process that lints once and exits,
/// the CLI, sets <see cref="CollectibleSwitch"/> to false.
/// </remarks>
internal sealed class RuleLoadContext(bool isCollectible) : AssemblyLoadContext("ArtifactLint rule", isCollectible)
{
    /// <summary>The <see cref="AppContext"/> switch that, set to false, loads rules into contexts that are never unloaded.</summary>
    public const string CollectibleSwitch = "ArtifactLint.CollectibleRules";

    private static readonly Assembly s_engine = typeof(Rule).Assembly;

    /// <summary>Whether rules load collectible in this process (the default unless the host said otherwise).</summary>
    public static bool CollectibleByDefault => !AppContext.TryGetSwitch(CollectibleSwitch, out var collectible) || collectible;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, s_engine.GetName()) ? s_engine : null;
}
