using ArtifactLint.Files;

namespace ArtifactLint.Scaffolding;

/// <summary>Writes scaffolded files whole or not at all, and never over a file it was not allowed to replace.</summary>
internal static class ScaffoldWriter
{
    /// <summary>The files among <paramref name="files"/> that already exist under <paramref name="folder"/>, in the given order.</summary>
    public static IReadOnlyList<string> Existing(string folder, IEnumerable<ScaffoldFile> files) =>
        files.Select(f => f.RelativePath)
            .Where(p => File.Exists(Path.Combine(folder, p)) || Directory.Exists(Path.Combine(folder, p)))
            .ToArray();

    /// <summary>Writes <paramref name="text"/> whole or not at all; without <paramref name="overwrite"/>, never over a file that exists by then.</summary>
    public static void Write(string path, string text, bool overwrite, UnixFileMode? mode = null) =>
        AtomicFile.Write(path, w => w.Write(text), overwrite, mode);
}
