namespace ArtifactLint.Benchmarks.Corpus.Output;

/// <summary>Compares two corpus folders byte for byte.</summary>
internal static class CorpusVerifier
{
    /// <returns>Null when identical, else the first difference in ordinal path order.</returns>
    public static string? FirstDifference(string expectedFolder, string actualFolder)
    {
        var expected = Files(expectedFolder);
        var actual = Files(actualFolder);
        foreach (string path in expected.Union(actual).Order(StringComparer.Ordinal))
        {
            if (!actual.Contains(path))
            {
                return $"{path}: missing from the regenerated corpus";
            }

            if (!expected.Contains(path))
            {
                return $"{path}: only in the regenerated corpus";
            }

            byte[] a = File.ReadAllBytes(Path.Combine(expectedFolder, path));
            byte[] b = File.ReadAllBytes(Path.Combine(actualFolder, path));
            if (!a.AsSpan().SequenceEqual(b))
            {
                int offset = a.AsSpan().CommonPrefixLength(b);
                return $"{path}: differs at byte {offset}";
            }
        }

        return null;
    }

    private static HashSet<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
}
