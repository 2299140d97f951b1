namespace ArtifactLint.Api;

/// <summary>
/// The optimal-string-alignment distance (insertions, deletions, substitutions and adjacent swaps), computed
/// only in the band of cells that can stay within a bound, and given up as soon as a whole row exceeds it:
/// time O(length × bound) and memory O(length), where the full matrix was O(length²) in both.
/// </summary>
internal static class EditDistance
{
    // Rows up to this width live on the stack; wider ones (only from the unbounded public Distance) on the heap.
    private const int StackRow = 256;

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, else <paramref name="max"/> + 1;
    /// <paramref name="cells"/> grows by the number of cells computed, the caller's measure of work.
    /// </summary>
    public static int AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, ref long cells)
    {
        // The distance is symmetric: the shorter text gives the columns, so a row is as narrow as it can be.
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        int n = a.Length, m = b.Length, over = max + 1;
        if (n - m > max)
        {
            return over;
        }

        if (m == 0)
        {
            return n;
        }

        var buffer = m < StackRow ? stackalloc int[3 * (m + 1)] : new int[3 * (m + 1)];
        var twoBack = buffer[..(m + 1)];
        var previous = buffer.Slice(m + 1, m + 1);
        var current = buffer.Slice(2 * (m + 1), m + 1);
        twoBack.Fill(over);
        for (var j = 0; j <= m; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= n; i++)
        {
            // Cells further than max from the diagonal cannot be within max; the cells just outside the band
            // read as over, so stale values of earlier rows are never used.
            int from = Math.Max(1, i - max), to = Math.Min(m, i + max);
            current[0] = Math.Min(i, over);
            current[from - 1] = from == 1 ? current[0] : over;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var d = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, twoBack[j - 2] + 1);
                }

                current[j] = Math.Min(d, over);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (to < m)
            {
                current[to + 1] = over;
            }

            cells += to - from + 1;
            if (rowMin > max)
            {
                return over;
            }

            var spent = twoBack;
            twoBack = previous;
            previous = current;
            current = spent;
        }

        return previous[m];
    }
}
