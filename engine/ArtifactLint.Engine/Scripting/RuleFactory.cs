using System.Reflection;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// Makes a loaded rule anew, as a new run would have it, for a session that lints many times: the script's top-level
/// code runs again, so its top-level variables start empty. A script that keeps static state is loaded again too,
/// into a collectible context of its own (the previous copy is let go), since its statics live with the assembly.
/// </summary>
/// <remarks>
/// Unguarded: call <see cref="Create"/> on a guarded thread. Scripts without statics, nearly all, keep their
/// already compiled code; one with statics is compiled by the JIT again on every lint, the price of being exact.
/// </remarks>
internal sealed class RuleFactory(byte[] image, MethodInfo factory) : IDisposable
{
    // Scanned on the first Create, not at load: a run that lints once never makes a rule anew.
    private readonly Lazy<bool> _hasStaticState = new(() => StaticState.In(image));
    private RuleLoadContext? _copy;

    public Rule? Create()
    {
        if (!_hasStaticState.Value)
        {
            return Run(factory) as Rule;
        }

        var context = new RuleLoadContext(isCollectible: true);
        Interlocked.Exchange(ref _copy, context)?.Unload();
        return Find(context.LoadFromStream(new MemoryStream(image))) is { } copy ? Run(copy) as Rule : null;
    }

    public static MethodInfo? Find(Assembly assembly) =>
        assembly.GetType(RuleScript.SubmissionType)?.GetMethod(RuleScript.FactoryMethod, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);

    /// <summary>Runs the script's top-level code; what it returns should be the rule.</summary>
    public static object? Run(MethodInfo factory) => ((Task<object>)factory.Invoke(null, [new object?[2]])!).GetAwaiter().GetResult();

    public void Dispose() => Interlocked.Exchange(ref _copy, null)?.Unload();
}
