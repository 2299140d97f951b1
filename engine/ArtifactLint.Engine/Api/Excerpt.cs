namespace ArtifactLint.Api;

/// <summary>
/// A value as messages quote it: as it is up to <see cref="MaxLength"/> characters, else cut with an
/// ellipsis. A message that quoted a 50 MB status whole would be a 50 MB line in every report.
/// </summary>
public static class Excerpt
{
    /// <summary>The longest value quoted whole.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// <paramref name="value"/> when it has at most <see cref="MaxLength"/> characters; else its first
    /// <see cref="MaxLength"/> - 1 characters (never half of a surrogate pair) and "…". Null reads as empty.
    /// </summary>
    public static string Of(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length <= MaxLength)
        {
            return value;
        }

        var keep = MaxLength - 1;
        if (char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return string.Concat(value.AsSpan(0, keep), "…");
    }
}
