using System.Text;

namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>Writes each case as a workspace of its own, <c>OUT/NAME/</c>, with a config that pins the as-of date.</summary>
internal static class AdversarialFolder
{
    public const string Marker = "adversarial-case.txt";

    private const string Config = "as_of: 2026-11-27\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>Null when written, else why the folder was refused.</returns>
    public static string? Write(AdversarialCase @case, int seed, string root, bool force)
    {
        var folder = Path.Combine(root, @case.Name);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            // --force clears only a folder this tool wrote, so a mistyped --out cannot wipe a home directory.
            if (!force || !File.Exists(Path.Combine(folder, Marker)))
            {
                return $"'{folder}' is not empty" + (force ? $" and holds no {Marker}: empty it yourself or choose another --out" : "; pass --force to replace it");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".artifactlint.yml"), Config, Utf8);
        File.WriteAllText(Path.Combine(folder, Marker), $"{@case.Name} (seed {seed}): {@case.Attack}\n", Utf8);
        var random = new Random(seed);
        foreach (var (path, text) in @case.Documents(random))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, Utf8);
        }

        return null;
    }
}
