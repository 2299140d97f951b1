using System.Reflection;
using System.Runtime.Loader;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// One collectible context per compiled rule, so that reloading rules (watch mode) does not
/// keep every old copy alive. The engine itself resolves to the copy the host already loaded,
/// so a script's <see cref="Rule"/> is the host's <see cref="Rule"/>.
/// </summary>
internal sealed class RuleLoadContext() : AssemblyLoadContext("ArtifactLint rule", isCollectible: true)
{
    private static readonly Assembly s_engine = typeof(Rule).Assembly;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, s_engine.GetName()) ? s_engine : null;
}
