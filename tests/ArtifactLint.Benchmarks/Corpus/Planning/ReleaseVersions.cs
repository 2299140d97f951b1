using System.Globalization;

namespace ArtifactLint.Benchmarks.Corpus.Planning;

internal static class ReleaseVersions
{
    /// <summary>
    /// Two-part versions from 1.4 on, sixteen minors per major, so that "1.10" comes up early:
    /// unquoted, YAML reads it as the number 1.1.
    /// </summary>
    public static string Of(int release)
    {
        int sequence = release + 4;
        return string.Create(CultureInfo.InvariantCulture, $"{1 + (sequence / 16)}.{sequence % 16}");
    }

    /// <summary>Whether unquoting the version loses a trailing zero (1.10 → 1.1), the pitfall worth planting first.</summary>
    public static bool LosesTrailingZero(int release) => Of(release).EndsWith('0');
}
