using System.Text;
using ArtifactLint.Benchmarks.Corpus.Documents;
using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Output;

/// <summary>
/// A product workspace in the PRODUCT.md layout with a given number of documents, the same
/// bytes for the same count and seed: "\n" line endings, UTF-8 without BOM, no clock, no
/// culture, no hash randomisation.
/// </summary>
internal static class CorpusGenerator
{
    public const string ConfigFile = ".artifactlint.yml";
    public const string ManifestFile = "corpus-manifest.txt";

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedCorpus Generate(int count, int seed)
    {
        var plan = CorpusPlanner.Plan(count, seed);
        var files = new List<CorpusFile>(count + 2);
        var breakages = new List<AppliedBreakage>();
        foreach (var planned in plan.Documents)
        {
            var document = Write(plan, planned, Seeds.For(seed, stream: 100 + (int)planned.Kind, index: planned.Index));
            if (planned.IsBroken)
            {
                breakages.Add(BreakageApplier.Apply(plan, document, Seeds.For(seed, stream: 200 + (int)planned.Kind, index: planned.Index)));
            }

            files.Add(new CorpusFile(planned.Path, _utf8.GetBytes(document.Render())));
        }

        breakages.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        files.Add(new CorpusFile(ConfigFile, _utf8.GetBytes(Config(count, seed))));
        files.Add(new CorpusFile(ManifestFile, _utf8.GetBytes(Manifest(count, seed, breakages))));
        return new GeneratedCorpus(plan, files, breakages);
    }

    private static GeneratedDocument Write(CorpusPlan plan, PlannedDocument planned, Random random) => planned.Kind switch
    {
        DocumentKind.Vision => VisionWriter.Write(plan, planned, random),
        DocumentKind.Goal => GoalWriter.Write(plan, planned, random),
        DocumentKind.RoadmapItem => RoadmapItemWriter.Write(plan, planned, random),
        DocumentKind.BacklogItem => BacklogItemWriter.Write(plan, planned, random),
        DocumentKind.Sprint => SprintWriter.Write(plan, planned, random),
        DocumentKind.Release => ReleaseWriter.Write(plan, planned, random),
        DocumentKind.Idea => IdeaWriter.Write(plan, planned, random),
        _ => throw new ArgumentOutOfRangeException(nameof(planned)),
    };

    private static string Config(int count, int seed) =>
        $"# Benchmark corpus from ArtifactLint.Benchmarks: {count} documents, seed {seed}.\n"
        + "# as_of is pinned so that time-based rules give the same findings on any day.\n"
        + $"as_of: {Timeline.Date(Timeline.AsOf)}\n";

    // Not a Markdown file, so the linter does not read it; it tells whoever checks the
    // linter's output which findings to expect.
    private static string Manifest(int count, int seed, IReadOnlyList<AppliedBreakage> breakages)
    {
        var text = new StringBuilder()
            .Append($"# ArtifactLint benchmark corpus: {count} documents, seed {seed}, {breakages.Count} with a planted mistake.\n")
            .Append("# path:line\tbreakage\texpected finding\tdetail\n");
        foreach (var breakage in breakages)
        {
            text.Append($"{breakage.Path}:{Yaml.Number(breakage.Line)}\t{Breakages.Name(breakage.Breakage)}\t{Breakages.ExpectedFinding(breakage.Breakage)}\t{breakage.Detail}\n");
        }

        return text.ToString();
    }
}
