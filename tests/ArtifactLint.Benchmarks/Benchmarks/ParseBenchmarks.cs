using ArtifactLint.Loading;
using BenchmarkDotNet.Attributes;

namespace ArtifactLint.Benchmarks.Benchmarks;

/// <summary>Front matter and outline of every corpus document, from text already in memory, on one thread.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = BenchmarkCorpus.Documents(BenchmarkCorpus.Folder());

    [Benchmark]
    public int ParseAll()
    {
        var count = 0;
        foreach (var (path, text) in _documents)
        {
            count += DocumentParser.Parse(path, text).Diagnostics.Count;
        }

        return count;
    }

    [Benchmark]
    public int FrontMatterOnly()
    {
        var count = 0;
        foreach (var (path, text) in _documents)
        {
            if (FrontMatterLocator.Find(text) is { IsClosed: true } bounds)
            {
                count += YamlReader.Read(path, text[bounds.YamlStart..bounds.YamlEnd], 2).Diagnostics.Count;
            }
        }

        return count;
    }

    [Benchmark]
    public int OutlineOnly()
    {
        var count = 0;
        foreach (var (path, text) in _documents)
        {
            count += OutlineBuilder.Build(path, text, 0).Headings.Count;
        }

        return count;
    }
}
