using System.Text;

namespace ArtifactLint.Reporting;

/// <summary>Writes a file whole or not at all: a temp file beside it, then a rename over the target.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            // A rename would replace /dev/null itself with a regular file: write through instead.
            using var device = new StreamWriter(new FileStream(full, FileMode.Open, FileAccess.Write), new UTF8Encoding(false));
            write(device);
            return;
        }

        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteAllText(string path, string text) => Write(path, w => w.Write(text));

    // .NET does not expose a file's type; device files live under /dev (and /proc/self/fd) on the systems we run on.
    private static bool IsDevice(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal))
        && File.Exists(fullPath);
}
