using ArtifactLint.Api;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArtifactLint.Scripting;

/// <summary>
/// The one base compilation every rule is compiled against: references resolved once and shared,
/// which is what makes each further rule cost a few milliseconds instead of a full setup.
/// Roslyn lives here and in the other compiler classes only: they are reached on a cache miss.
/// </summary>
internal static class ScriptReferences
{
    // What rules need (the base library, LINQ, collections, Regex, the rule API), plus the
    // assemblies of the usual escape attempts (console, processes, network, threads, interop,
    // 'dynamic'): those then compile and the allow-list check names the API, rather than the
    // author getting "namespace does not exist"; and --trust-rules makes them usable.
    private static readonly string[] s_frameworkAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections", "System.Text.RegularExpressions",
        "System.Memory", "System.Runtime.Extensions", "System.ObjectModel", "System.Collections.Immutable", "Microsoft.CSharp",
        "System.Console", "System.Diagnostics.Process", "System.Net.Http", "System.Net.Sockets", "System.Net.Primitives",
        "System.ComponentModel.Primitives", "System.ComponentModel", "System.Threading", "System.Threading.Thread", "System.Threading.ThreadPool", "System.Threading.Tasks.Parallel",
        "System.Collections.Concurrent", "System.Runtime.InteropServices", "System.Linq.Parallel", "System.Linq.Expressions",
    ];

    private static readonly Lazy<CSharpCompilation> s_untrusted = new(() => Create(allowUnsafe: false));
    private static readonly Lazy<CSharpCompilation> s_trusted = new(() => Create(allowUnsafe: true));

    public static string[] Imports { get; } =
        ["System", "System.Linq", "System.Collections.Generic", "System.Text.RegularExpressions", "ArtifactLint.Api"];

    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    public static CSharpCompilation Base(bool trusted) => trusted ? s_trusted.Value : s_untrusted.Value;

    private static CSharpCompilation Create(bool allowUnsafe)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: Imports,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: allowUnsafe,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            concurrentBuild: false);
        var compilation = CSharpCompilation.CreateScriptCompilation(
            RuleScript.AssemblyName, syntaxTree: null, References(), options, previousScriptCompilation: null, returnType: typeof(object));

        // Binding the references now means every rule compiled from this base reuses them.
        _ = compilation.GetTypeByMetadataName(typeof(Rule).FullName!);
        return compilation;
    }

    private static List<MetadataReference> References()
    {
        // The shared framework's own folder: the implementation assemblies the rules will run against.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = s_frameworkAssemblies
            .Select(name => Path.Combine(framework, name + ".dll"))
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Rule).Assembly.Location));
        return references;
    }
}
