using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ArtifactLint.Fixing;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git diff</c> write it, with three lines of context) of a file's text before
/// and after its fixes, for <c>--fix-dry-run</c>, that <c>git apply</c> and <c>patch</c> take: each line with its own line
/// break (CRLF stays CRLF), and <c>\ No newline at end of file</c> after a last line without one. The line diff is
/// DiffPlex's (Myers' algorithm).
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, labelled <c>a/PATH</c> and <c>b/PATH</c>; empty when they are equal.</summary>
    public static string Of(string path, string before, string after)
    {
        var diff = new Differ().CreateDiffs(WithoutMark(before), WithoutMark(after), ignoreWhiteSpace: false, ignoreCase: false, new LineEndingsPreservingChunker());
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var (a, b) = (diff.PiecesOld.ToArray(), diff.PiecesNew.ToArray());
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
            var endA = Math.Min(a.Length, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Length, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            text.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");
            var at = startA;
            for (var i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; at < block.DeleteStartA; at++)
                {
                    Line(text, ' ', a[at]);
                }

                for (var j = 0; j < block.DeleteCountA; j++)
                {
                    Line(text, '-', a[block.DeleteStartA + j]);
                }

                for (var j = 0; j < block.InsertCountB; j++)
                {
                    Line(text, '+', b[block.InsertStartB + j]);
                }

                at = block.DeleteStartA + block.DeleteCountA;
            }

            for (; at < endA; at++)
            {
                Line(text, ' ', a[at]);
            }

            first = last + 1;
        }

        return text.ToString();
    }

    // A line as the file has it, its line break included; one without (the file's last) is marked, as diff marks it.
    private static void Line(StringBuilder text, char mark, string line)
    {
        text.Append(mark).Append(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r'))
        {
            text.Append("\n\\ No newline at end of file\n");
        }
    }

    // diff -u's ranges: 1-based start and length, "start,0" one line before an empty range.
    private static string Range(int start, int length) => length == 0 ? $"{start},0" : length == 1 ? $"{start + 1}" : $"{start + 1},{length}";

    private static string WithoutMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
