using System.Globalization;
using ArtifactLint.Tests.Hostile;

namespace ArtifactLint.Benchmarks.Corpus;

/// <summary>
/// <c>hostile --out DIR [--seed S] [--huge CHARS] [--examples DIR]</c> writes the tests' hostile corpus
/// (DIR/workspace, and DIR/outside that its links point into) for timing by hand.
/// </summary>
internal static class HostileCommand
{
    private const string Usage = "usage: hostile --out DIR [--seed S] [--huge CHARS] [--examples DIR]";

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "hostile";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        if (!options.TryGetValue("--out", out var folder) || (args.Length - 1) % 2 != 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            error.WriteLine($"'{folder}' is not empty: give a new folder");
            return 2;
        }

        var seed = int.Parse(options.GetValueOrDefault("--seed", "20261201"), CultureInfo.InvariantCulture);
        var huge = int.Parse(options.GetValueOrDefault("--huge", "1000000"), CultureInfo.InvariantCulture);
        var examples = options.GetValueOrDefault("--examples", Path.Combine("examples", "product-repo"));
        Directory.CreateDirectory(folder);
        var manifest = HostileCorpus.Write(Path.GetFullPath(folder), Path.GetFullPath(examples), seed, huge);
        output.WriteLine($"wrote {manifest.Count} documents to {manifest.Workspace} (seed {seed}, huge values of {huge:N0} characters)");
        output.WriteLine($"remove it with: chmod -R u+rwX {folder}; rm -rf {folder}   (rm follows no link)");
        return 0;
    }
}
