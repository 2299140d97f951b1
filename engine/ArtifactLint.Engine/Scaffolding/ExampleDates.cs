using System.Globalization;

namespace ArtifactLint.Scaffolding;

/// <summary>
/// The dates of the <c>init</c> examples, all relative to the pinned as-of date so that time-based rules
/// (an active sprint contains today, nothing is overdue, nothing is stale) find nothing.
/// </summary>
internal sealed record ExampleDates(DateOnly AsOf)
{
    public string Today => Format(AsOf);

    public string ItemCreated => Format(AsOf.AddDays(-10));

    public string ItemUpdated => Format(AsOf.AddDays(-3));

    public string IdeaSubmitted => Format(AsOf.AddDays(-2));

    /// <summary>A two-week sprint that is running on the as-of date.</summary>
    public string SprintStart => Format(AsOf.AddDays(-3));

    public string SprintEnd => Format(AsOf.AddDays(10));

    /// <summary>Two weeks after the sprint ends, so the release comes after the work it ships.</summary>
    public string ReleaseDate => Format(ReleaseDay);

    /// <summary>The quarter of the release, so the roadmap item's timeframe holds its release.</summary>
    public string ReleaseQuarter => $"{ReleaseDay.Year}-Q{((ReleaseDay.Month - 1) / 3) + 1}";

    /// <summary>The half-year of the release, so the goal's period holds the release that serves it.</summary>
    public string ReleaseHalf => $"{ReleaseDay.Year}-H{(ReleaseDay.Month <= 6 ? 1 : 2)}";

    private DateOnly ReleaseDay => AsOf.AddDays(24);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
