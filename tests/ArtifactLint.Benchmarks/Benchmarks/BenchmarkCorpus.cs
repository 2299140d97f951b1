using ArtifactLint.Benchmarks.Corpus.Output;

namespace ArtifactLint.Benchmarks.Benchmarks;

/// <summary>
/// The corpus the benchmarks read: <c>ARTIFACTLINT_BENCH_CORPUS</c>, else <c>{temp}/corpus-1k</c>; generated
/// (1,000 documents, seed 42) when the folder does not hold one yet.
/// </summary>
internal static class BenchmarkCorpus
{
    public const string Variable = "ARTIFACTLINT_BENCH_CORPUS";

    public static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set
            ? Path.GetFullPath(set)
            : Path.Combine(Path.GetTempPath(), "corpus-1k");
        if (!File.Exists(Path.Combine(folder, CorpusGenerator.ManifestFile)))
        {
            if (CorpusFolder.Write(CorpusGenerator.Generate(1000, 42), folder, force: false) is string refusal)
            {
                throw new InvalidOperationException(refusal);
            }
        }

        return folder;
    }

    /// <summary>Every Markdown file of the corpus as (workspace-relative path with '/', text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Documents(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(d => d.Item1, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The repository root (it holds rules/ and schemas/, as the tool's folder does).</summary>
    public static string ToolDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ArtifactLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ArtifactLint.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository.");
    }
}
