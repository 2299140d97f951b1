using System.Globalization;
using System.Text.RegularExpressions;
using ArtifactLint.Files;

namespace ArtifactLint.Configuration;

/// <summary>The config's durations, sizes and dates, read from text the schema's patterns let through; null when the text does not stand for one (0s, 513MB, 2026-02-30).</summary>
internal static partial class ConfigValues
{
    private const long Kilobyte = 1024;

    public static readonly TimeSpan MostTimeout = TimeSpan.FromDays(1);

    public static TimeSpan? Timeout(string text)
    {
        var match = TimeoutPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        // Past a day a rule's time limit is no limit, and timers cannot be set much further (int.MaxValue milliseconds).
        var timeout = match.Groups[2].Value == "ms" ? TimeSpan.FromMilliseconds(amount) : TimeSpan.FromSeconds(amount);
        return timeout > MostTimeout ? null : timeout;
    }

    // .NET strings cap a document near 1 GB of text; 512MB keeps every limit one that can be read.
    public static FileSizeLimit? FileSize(string text)
    {
        const long Most = 512 * Kilobyte * Kilobyte;
        var match = FileSizePattern().Match(text);
        var bytes = match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * (match.Groups[2].Value == "MB" ? Kilobyte * Kilobyte : Kilobyte) : 0;
        return bytes is <= 0 or > Most ? null : new FileSizeLimit(bytes, text);
    }

    // Past a terabyte the byte count would not be a budget any more, and could overflow.
    public static long? Memory(string text)
    {
        var match = MemoryPattern().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var amount) || amount <= 0
            || amount > (match.Groups[2].Value == "GB" ? 1024 : 1024 * 1024))
        {
            return null;
        }

        return amount << (match.Groups[2].Value == "GB" ? 30 : 20);
    }

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"^(\d+)(ms|s)$")]
    private static partial Regex TimeoutPattern();

    [GeneratedRegex(@"^(\d{1,9})(KB|MB)$")]
    private static partial Regex FileSizePattern();

    [GeneratedRegex(@"^(\d+)(MB|GB)$")]
    private static partial Regex MemoryPattern();
}
