namespace ArtifactLint.Api;

/// <summary>"Did you mean" suggestions: the closest candidate by edit distance, for typos in values, ids and keys.</summary>
public static class Suggestions
{
    /// <summary>
    /// The longest value that gets a suggestion. A longer one is not a typo of a word, an id or a key, and
    /// comparing it would cost time in proportion to its length times every candidate's.
    /// </summary>
    public const int MaxValueLength = 100;

    // Candidates this long can never be close enough to a value of MaxValueLength (a third of the longer text).
    internal const int MaxCandidateLength = MaxValueLength * 3 / 2 + 1;

    /// <summary>
    /// The candidate closest to <paramref name="value"/> (ignoring case), or null when none is close enough
    /// to be a plausible typo (at most a third of the longer text edited, and never a whole short word), or
    /// when the value is longer than <see cref="MaxValueLength"/>. Ties go to the candidate that comes first.
    /// Each candidate costs time in proportion to the value's length; for many values against the same
    /// candidates (every unknown id of a workspace), build an index once with <see cref="For"/>.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        if (value.Length > MaxValueLength)
        {
            return null;
        }

        Span<char> lowered = stackalloc char[MaxValueLength];
        var text = Lower(value, lowered);
        Span<char> other = stackalloc char[MaxCandidateLength];
        string? best = null;
        var bestDistance = int.MaxValue;
        long cells = 0;
        foreach (var candidate in candidates)
        {
            var bound = Math.Min(Bound(value.Length, candidate.Length), bestDistance - 1);
            if (bound >= 0 && Math.Abs(value.Length - candidate.Length) <= bound
                && EditDistance.AtMost(text, Lower(candidate, other), bound, ref cells) is var distance && distance <= bound)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// An index of <paramref name="candidates"/> for many <see cref="SuggestionIndex.Closest"/> calls: exact and
    /// one-edit matches are looked up, not searched for, so a workspace with thousands of unknown ids and
    /// thousands of real ones costs time in proportion to their number, not to its square.
    /// </summary>
    public static SuggestionIndex For(IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new SuggestionIndex(candidates);
    }

    /// <summary>
    /// The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.
    /// Time in proportion to the product of the lengths (memory to the shorter one): for a typo check, prefer
    /// <see cref="Closest"/>, which stops as soon as a candidate cannot be close enough.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        long cells = 0;
        return EditDistance.AtMost(a, b, Math.Max(a.Length, b.Length), ref cells);
    }

    /// <summary>
    /// The largest distance still a plausible typo between texts of these lengths: a third of the longer one
    /// (at least 1), and less than the longer one, so that no short word is "corrected" into another.
    /// </summary>
    /// <summary>
    /// The one candidate <paramref name="value"/> surely means, for a fix: the only one that equals it but for case,
    /// spaces, hyphens and underscores (<c>In Progress</c> → <c>in-progress</c>), else the only one nearest to it within
    /// <paramref name="maxDistance"/> edits, ignoring case; null when there is none, or a tie.
    /// </summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">What may be written.</param>
    /// <param name="maxDistance">The most edits apart the candidate may be (also bounded as <see cref="Closest"/> is).</param>
    public static string? Unique(string value, IEnumerable<string> candidates, int maxDistance = 1)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        var all = candidates.Where(c => c != value).Distinct(StringComparer.Ordinal).ToList();
        if (value.Length > MaxValueLength || all.Count == 0)
        {
            return null;
        }

        var key = Loose(value);
        var same = all.Where(c => Loose(c) == key).Take(2).ToList();
        if (same.Count > 0)
        {
            return same.Count == 1 ? same[0] : null;
        }

        var lowered = value.ToLowerInvariant();
        var near = all
            .Where(c => c.Length <= MaxCandidateLength)
            .Select(c => (Candidate: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(maxDistance, Bound(value.Length, c.Candidate.Length)))
            .ToList();
        if (near.Count == 0)
        {
            return null;
        }

        var best = near.Min(c => c.Distance);
        var nearest = near.Where(c => c.Distance == best).ToList();
        return nearest.Count == 1 ? nearest[0].Candidate : null;
    }

    private static string Loose(string text) =>
        string.Concat(text.Where(c => c is not (' ' or '-' or '_'))).ToLowerInvariant();

    internal static int Bound(int valueLength, int candidateLength)
    {
        var longer = Math.Max(valueLength, candidateLength);
        return Math.Min(Math.Max(1, longer / 3), longer - 1);
    }

    /// <summary>The text in lower case (invariant), in <paramref name="buffer"/> when it fits (a candidate too long to fit is never close).</summary>
    internal static ReadOnlySpan<char> Lower(string text, Span<char> buffer)
    {
        if (text.Length > buffer.Length)
        {
            return text;
        }

        var written = text.AsSpan().ToLowerInvariant(buffer);
        return written < 0 ? text.ToLowerInvariant() : buffer[..written];
    }
}
