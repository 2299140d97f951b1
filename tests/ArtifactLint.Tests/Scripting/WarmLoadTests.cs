using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using ArtifactLint.Api;
using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

/// <summary>
/// A warm run must not load Roslyn. This test process has Roslyn loaded already, so a second copy
/// of the engine is loaded into a context of its own that records every assembly the engine asks for.
/// </summary>
public sealed class WarmLoadTests
{
    [Fact]
    public void Load_WarmCache_NeverAsksForRoslyn()
    {
        using var cache = new TempDirectory();
        var source = ScriptFixtures.Source("cache/ACME030-cached.csx");
        RuleHost.Load([source], new RuleHostOptions(cache.Path)).Dispose();

        var (compiled, requested) = LoadIsolated(source, cache.Path);

        Assert.Equal(0, compiled);
        Assert.DoesNotContain(requested, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    // Proves that the probe sees Roslyn when it is loaded.
    [Fact]
    public void Load_ColdCache_AsksForRoslyn()
    {
        using var cache = new TempDirectory();

        var (compiled, requested) = LoadIsolated(ScriptFixtures.Source("cache/ACME030-cached.csx"), cache.Path);

        Assert.Equal(1, compiled);
        Assert.Contains(requested, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private static (int Compiled, IReadOnlyList<string> Requested) LoadIsolated(RuleSource source, string cacheDirectory)
    {
        var context = new RecordingContext(Path.GetDirectoryName(typeof(Rule).Assembly.Location)!);
        var engine = context.LoadFromAssemblyPath(typeof(Rule).Assembly.Location);
        var sourceType = engine.GetType(typeof(RuleSource).FullName!, throwOnError: true)!;
        var optionsType = engine.GetType(typeof(RuleHostOptions).FullName!, throwOnError: true)!;
        var sources = Array.CreateInstance(sourceType, 1);
        sources.SetValue(Activator.CreateInstance(sourceType, source.FullPath, source.DisplayPath, source.Text), 0);
        var options = Activator.CreateInstance(optionsType, cacheDirectory, false, false);
        var load = engine.GetType(typeof(RuleHost).FullName!, throwOnError: true)!.GetMethod(nameof(RuleHost.Load))!;
        var result = load.Invoke(null, [sources, options])!;

        var compiled = (int)result.GetType().GetProperty(nameof(RuleLoadResult.CompiledCount))!.GetValue(result)!;
        Assert.Single((IEnumerable)result.GetType().GetProperty(nameof(RuleLoadResult.Rules))!.GetValue(result)!);
        ((IDisposable)result).Dispose();
        context.Unload();
        lock (context.Requested)
        {
            return (compiled, context.Requested.ToArray());
        }
    }

    private sealed class RecordingContext(string directory) : AssemblyLoadContext("warm-load probe", isCollectible: true)
    {
        public List<string> Requested { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            lock (Requested)
            {
                Requested.Add(assemblyName.Name!);
            }

            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
