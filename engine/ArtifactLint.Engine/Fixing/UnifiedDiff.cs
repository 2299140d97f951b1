using System.Text;
using DiffPlex;

namespace ArtifactLint.Fixing;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git diff</c> write it, with three lines of context) of a file's text before
/// and after its fixes, for <c>--fix-dry-run</c>. The line diff is DiffPlex's (Myers' algorithm).
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, labelled <c>a/PATH</c> and <c>b/PATH</c>; empty when they are equal.</summary>
    public static string Of(string path, string before, string after)
    {
        var diff = new Differ().CreateLineDiffs(WithoutMark(before), WithoutMark(after), ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var (a, b) = (diff.PiecesOld, diff.PiecesNew);
        var text = new StringBuilder().Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var blocks = diff.DiffBlocks;
        for (var first = 0; first < blocks.Count;)
        {
            // Blocks closer than twice the context share a hunk.
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[first].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[first].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            text.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");
            var at = startA;
            for (var i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; at < block.DeleteStartA; at++)
                {
                    text.Append(' ').Append(a[at]).Append('\n');
                }

                for (var j = 0; j < block.DeleteCountA; j++)
                {
                    text.Append('-').Append(a[block.DeleteStartA + j]).Append('\n');
                }

                for (var j = 0; j < block.InsertCountB; j++)
                {
                    text.Append('+').Append(b[block.InsertStartB + j]).Append('\n');
                }

                at = block.DeleteStartA + block.DeleteCountA;
            }

            for (; at < endA; at++)
            {
                text.Append(' ').Append(a[at]).Append('\n');
            }

            first = last + 1;
        }

        return text.ToString();
    }

    // diff -u's ranges: 1-based start and length, "start,0" one line before an empty range.
    private static string Range(int start, int length) => length == 0 ? $"{start},0" : length == 1 ? $"{start + 1}" : $"{start + 1},{length}";

    private static string WithoutMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
