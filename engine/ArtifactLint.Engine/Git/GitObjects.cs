using System.Globalization;
using System.Text;
using ArtifactLint.Loading;

namespace ArtifactLint.Git;

/// <summary>Reads many blobs in one <c>git cat-file --batch</c>: a process per file would cost more than the lint.</summary>
internal static class GitObjects
{
    /// <summary>
    /// Each blob by id, read as it streams in: one larger than <paramref name="most"/> bytes keeps only its size (a committed
    /// export or image is not held in memory to be refused); a missing object is left out.
    /// </summary>
    public static Dictionary<string, StateContent> Read(GitProcess git, IReadOnlyCollection<string> ids, long most)
    {
        var found = new Dictionary<string, StateContent>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var input = Encoding.ASCII.GetBytes(string.Join('\n', ids) + "\n");
        git.Stream(["cat-file", "--batch"], input, stdout =>
        {
            var output = new BufferedStream(stdout, 1 << 16);
            while (ReadLine(output) is { } header)
            {
                // "<id> blob <size>\n<content>\n", or "<name> missing\n".
                var fields = header.Split(' ');
                if (fields.Length != 3)
                {
                    continue;
                }

                var size = long.Parse(fields[2], CultureInfo.InvariantCulture);
                byte[]? bytes = null;
                if (size <= most)
                {
                    bytes = new byte[size];
                    output.ReadExactly(bytes);
                }
                else
                {
                    Skip(output, size);
                }

                found[fields[0]] = new StateContent(bytes, size);
                output.ReadByte();
            }
        });
        return found;
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
        {
            if (b == '\n')
            {
                return line.ToString();
            }

            line.Append((char)b);
        }

        return line.Length > 0 ? line.ToString() : null;
    }

    private static void Skip(Stream stream, long count)
    {
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                return;
            }

            count -= read;
        }
    }
}
