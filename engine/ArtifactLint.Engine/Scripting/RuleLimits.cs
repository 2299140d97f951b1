using System.Globalization;

namespace ArtifactLint.Scripting;

/// <summary>What one rule may use: wall-clock time (<c>rule_timeout</c>) and allocated memory (<c>rule_memory</c>).</summary>
/// <param name="Timeout">How long the rule may run.</param>
/// <param name="MemoryBytes">How many bytes the rule may allocate during its run, garbage included.</param>
internal sealed record RuleLimits(TimeSpan Timeout, long MemoryBytes = RuleLimits.DefaultMemoryBytes)
{
    public const long DefaultMemoryBytes = 512L << 20;

    public static RuleLimits Default { get; } = new(TimeSpan.FromSeconds(5));

    /// <summary>The memory budget as the config writes it, spaced: <c>512 MB</c>, <c>2 GB</c>.</summary>
    public string MemoryText => Size(MemoryBytes);

    public static string Size(long bytes) =>
        bytes % (1L << 30) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MB");
}
