using System.Globalization;

namespace ArtifactLint.Api;

/// <summary>Values as messages write them, the same in every rule and on every machine (no culture involved).</summary>
public static class Format
{
    /// <summary>A date as front matter writes it: <c>2026-11-27</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number without trailing zeros or a culture's separators: <c>3</c>, <c>2.5</c>, <c>0.125</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
