using System.Globalization;

namespace ArtifactLint.Api;

/// <summary>Values as messages write them, the same in every rule and on every machine (no culture involved).</summary>
public static class Format
{
    /// <summary>A date as front matter writes it: <c>2026-11-27</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number without trailing zeros or a culture's separators: <c>3</c>, <c>2.5</c>, <c>0.125</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The most values <see cref="List{T}"/> names before it counts the rest.</summary>
    public const int MaxListed = 10;

    /// <summary>
    /// Values as a message lists them: the first <paramref name="max"/> joined with ", ", then "and N more"
    /// (<c>PB-1, PB-2 and 40 more</c>), so that a finding about thousands of artifacts stays a readable line.
    /// </summary>
    /// <typeparam name="T">What is listed.</typeparam>
    /// <param name="values">The values, in the order to name them.</param>
    /// <param name="text">How one value is written (<c>i => $"{Excerpt.Of(i.Id)} ({i.Status})"</c>).</param>
    /// <param name="max">How many to name.</param>
    public static string List<T>(IEnumerable<T> values, Func<T, string> text, int max = MaxListed)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        var all = values as IReadOnlyCollection<T> ?? values.ToList();
        var named = string.Join(", ", all.Take(max).Select(text));
        return all.Count > max ? $"{named} and {all.Count - max} more" : named;
    }
}
