using System.Text;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Files;

/// <summary>
/// Writes a file whole or not at all: a temp file beside it (its folder created when missing), then a rename over
/// the target. A write that fails leaves no temp file and throws a <see cref="FileWriteException"/> saying why.
/// </summary>
internal static class AtomicFile
{
    // Room for the temp name's prefix and suffix within the 255 bytes most file systems allow a name.
    private const int TempNameLength = 100;

    /// <summary>Writes UTF-8 text (no byte order mark) whole or not at all.</summary>
    public static void Write(string path, Action<TextWriter> write, bool overwrite = true, UnixFileMode? mode = null) =>
        WriteBytes(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            write(writer);
        }, overwrite, mode);

    /// <summary>
    /// Writes bytes whole or not at all: to a temp file beside <paramref name="path"/>, given <paramref name="mode"/>, then
    /// renamed into place. Without <paramref name="overwrite"/> the rename itself refuses an existing file, so a file created
    /// since the caller checked is not lost either.
    /// </summary>
    public static void WriteBytes(string path, Action<Stream> write, bool overwrite = true, UnixFileMode? mode = null)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            // A rename would replace /dev/null itself with a regular file: write through instead.
            Attempt(full, () =>
            {
                using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
                write(device);
            });
            return;
        }

        if (Path.EndsInDirectorySeparator(full) || Directory.Exists(full))
        {
            throw new FileWriteException("it is a folder");
        }

        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var temp = Path.Combine(folder, $".{name[..Math.Min(name.Length, TempNameLength)]}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Attempt(full, () =>
            {
                Directory.CreateDirectory(folder);
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    write(stream);
                }

                if (mode is { } unixMode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, unixMode);
                }

                File.Move(temp, full, overwrite);
            });
        }
        finally
        {
            Remove(temp);
        }
    }

    /// <summary>Writes a file the user named: one that cannot be written is a usage error naming it and the cause.</summary>
    /// <param name="what">What the file holds, for the message ("report").</param>
    /// <param name="shown">The path as the user gave it, for the message.</param>
    /// <param name="path">The path to write.</param>
    /// <param name="write">Writes the content.</param>
    public static void WriteRequested(string what, string shown, string path, Action<TextWriter> write)
    {
        try
        {
            Write(path, write);
        }
        catch (FileWriteException e)
        {
            throw new UsageException($"cannot write the {what} to '{shown}': {e.Message}");
        }
    }

    private static void Attempt(string full, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileWriteException)
        {
            throw new FileWriteException(FileWriteException.Cause(full, e), e);
        }
    }

    private static void Remove(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one to report; a temp file that cannot be removed is the lesser harm.
        }
    }

    // .NET does not expose a file's type; device files live under /dev (and /proc/self/fd) on the systems we run on.
    private static bool IsDevice(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal))
        && File.Exists(fullPath);
}
