using System.Text;

namespace ArtifactLint.Scaffolding;

/// <summary>Writes scaffolded files whole or not at all, and never over a file it was not allowed to replace.</summary>
internal static class ScaffoldWriter
{
    /// <summary>The files among <paramref name="files"/> that already exist under <paramref name="folder"/>, in the given order.</summary>
    public static IReadOnlyList<string> Existing(string folder, IEnumerable<ScaffoldFile> files) =>
        files.Select(f => f.RelativePath)
            .Where(p => File.Exists(Path.Combine(folder, p)) || Directory.Exists(Path.Combine(folder, p)))
            .ToArray();

    /// <summary>
    /// Writes <paramref name="text"/> to a temp file beside <paramref name="path"/> and renames it into place.
    /// Without <paramref name="overwrite"/> the rename itself refuses an existing file, so a file created
    /// since the caller checked is not lost either.
    /// </summary>
    public static void Write(string path, string text, bool overwrite, UnixFileMode? mode = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            if (mode is { } unixMode && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, unixMode);
            }

            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
