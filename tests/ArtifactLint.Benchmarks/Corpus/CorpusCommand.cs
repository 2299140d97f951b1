using System.Globalization;
using ArtifactLint.Benchmarks.Corpus.Output;
using ArtifactLint.Benchmarks.Corpus.Planning;

namespace ArtifactLint.Benchmarks.Corpus;

/// <summary>
/// <c>generate --count N --seed S --out DIR [--force]</c> writes a corpus;
/// <c>verify --count N --seed S [--out DIR]</c> regenerates it into a temporary folder and
/// compares byte for byte with DIR (or with a second regeneration when DIR is not given).
/// </summary>
internal static class CorpusCommand
{
    private const string Usage =
        "usage: generate --count N --seed S --out DIR [--force]\n"
        + "       verify   --count N --seed S [--out DIR]";

    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "generate" or "verify";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args[1..], out int count, out int seed, out string? folder, out bool force, out string? problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }

        return args[0] == "generate"
            ? Generate(count, seed, folder, force, output, error)
            : Verify(count, seed, folder, output, error);
    }

    private static int Generate(int count, int seed, string? folder, bool force, TextWriter output, TextWriter error)
    {
        if (folder is null)
        {
            error.WriteLine("generate needs --out DIR");
            error.WriteLine(Usage);
            return 2;
        }

        var corpus = CorpusGenerator.Generate(count, seed);
        if (CorpusFolder.Write(corpus, folder, force) is string refusal)
        {
            error.WriteLine(refusal);
            return 2;
        }

        output.WriteLine(CorpusSummary.Describe(corpus, folder));
        return 0;
    }

    private static int Verify(int count, int seed, string? folder, TextWriter output, TextWriter error)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            error.WriteLine($"'{folder}' does not exist; generate it first.");
            return 2;
        }

        string scratch = Directory.CreateTempSubdirectory("artifactlint-corpus-").FullName;
        try
        {
            string expected = folder ?? Regenerate(count, seed, Path.Combine(scratch, "first"));
            string actual = Regenerate(count, seed, Path.Combine(scratch, "second"));
            string? difference = CorpusVerifier.FirstDifference(expected, actual);
            string subject = folder is null ? "two generations" : $"{folder} and a regeneration";
            output.WriteLine(difference is null
                ? $"OK: {subject} with --count {count} --seed {seed} are byte-identical"
                : $"DIFFERENT: {difference}");
            return difference is null ? 0 : 1;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string Regenerate(int count, int seed, string folder)
    {
        CorpusFolder.Write(CorpusGenerator.Generate(count, seed), folder, force: false);
        return folder;
    }

    private static bool TryParse(string[] args, out int count, out int seed, out string? folder, out bool force, out string? problem)
    {
        count = 1000;
        seed = 42;
        folder = null;
        force = false;
        problem = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--force":
                    force = true;
                    continue;
                case "--out" when value is not null:
                    folder = value;
                    break;
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= KindCounts.MinimumTotal:
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    break;
                default:
                    problem = args[i] switch
                    {
                        "--count" => $"--count must be a whole number of at least {KindCounts.MinimumTotal}, got '{value}'",
                        "--seed" => $"--seed must be a whole number, got '{value}'",
                        "--out" => "--out needs a folder",
                        _ => $"unknown option '{args[i]}'",
                    };
                    return false;
            }

            i++;
        }

        return true;
    }
}
