using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using BenchmarkDotNet.Attributes;

namespace ArtifactLint.Benchmarks.Benchmarks;

/// <summary>Schema validation of every corpus document's front matter (parsed in the setup), on one thread.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly List<(Document Document, string Kind)> _documents = [];
    private SchemaRegistry _registry = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkCorpus.Folder();
        _registry = SchemaRegistry.Create(
            Path.Combine(BenchmarkCorpus.ToolDirectory(), "schemas"),
            new Dictionary<string, string>(),
            p => Path.GetRelativePath(folder, p).Replace('\\', '/'),
            null);
        _registry.Start();
        foreach (var (path, text) in BenchmarkCorpus.Documents(folder))
        {
            var document = DocumentParser.Parse(path, text).Document;
            if (document.FrontMatter is not null && Kinds.DefaultKindOf(path) is { } kind)
            {
                _documents.Add((document, kind));
            }
        }
    }

    [Benchmark]
    public int ValidateAll()
    {
        var count = 0;
        foreach (var (document, kind) in _documents)
        {
            count += FrontMatterValidator.Validate(document.FrontMatter!, kind, _registry.Get(kind)!, isBuiltIn: true, document.Lines).Diagnostics.Count;
        }

        return count;
    }
}
