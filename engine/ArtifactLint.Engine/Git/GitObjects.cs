using System.Text;

namespace ArtifactLint.Git;

/// <summary>Reads many blobs in one <c>git cat-file --batch</c>: a process per file would cost more than the lint.</summary>
internal static class GitObjects
{
    /// <summary>The content of each blob, by id; a missing object is left out.</summary>
    public static Dictionary<string, byte[]> Read(GitProcess git, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var input = Encoding.ASCII.GetBytes(string.Join('\n', ids) + "\n");
        var output = git.Run(["cat-file", "--batch"], input: input)!;
        var at = 0;
        while (at < output.Length)
        {
            // "<id> blob <size>\n<content>\n", or "<name> missing\n".
            var end = Array.IndexOf(output, (byte)'\n', at);
            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length != 3)
            {
                continue;
            }

            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            found[header[0]] = output.AsSpan(at, size).ToArray();
            at += size + 1;
        }

        return found;
    }
}
