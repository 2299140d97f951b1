using ArtifactLint.Running;
using BenchmarkDotNet.Attributes;

namespace ArtifactLint.Benchmarks.Benchmarks;

/// <summary>
/// A whole lint run in process (config to sorted findings) with all built-in rules and a warm rule cache:
/// the part of <c>artifactlint lint</c> that is not process start-up and JIT.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private LintRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkCorpus.Folder();
        _request = new LintRequest
        {
            WorkingDirectory = folder,
            ToolDirectory = BenchmarkCorpus.ToolDirectory(),
            Paths = [folder],
            CacheDirectory = Path.Combine(Path.GetTempPath(), "artifactlint-bench-cache"),
        };

        // The first run compiles the rules into the cache; every measured run then loads them from it.
        Linter.Run(_request);
    }

    [Benchmark]
    public int LintWarm() => Linter.Run(_request).Diagnostics.Count;
}
