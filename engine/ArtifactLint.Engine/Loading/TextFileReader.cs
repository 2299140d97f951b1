using System.Globalization;
using ArtifactLint.Files;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads a workspace file as strict UTF-8 text (<see cref="TextDecoder"/>). Only a regular file is opened, and only up
/// to its size limit: a named pipe would block the run and a device never ends. What cannot be read (not a regular
/// file, too large, binary, not UTF-8, no permission, a link loop) becomes an AL0009 diagnostic, never an exception.
/// </summary>
internal static class TextFileReader
{
    // ELOOP: 40 on Linux, 62 on macOS and the BSDs; .NET puts the errno in HResult.
    private const int LinuxLinkLoop = 40;
    private const int MacLinkLoop = 62;

    private const string LinkLoop = "this file cannot be read: it is a symbolic link that loops back on itself; fix or remove the link";

    /// <summary>
    /// Reads <paramref name="fullPath"/>. A document found by the walk passes the real path of its workspace root as
    /// <paramref name="realRoot"/>: a link whose target (every link on the way resolved) is outside it is not read. A file
    /// the config names on purpose (the config itself, a rule) passes null and may lie anywhere.
    /// </summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="relativePath">Its path as diagnostics show it.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="realRoot">For a document found by the walk, the real path of the workspace root; null for a file named on purpose.</param>
    /// <param name="state">The repository state linted instead of the working tree (<c>--staged</c>, a commit), or null.</param>
    public static TextFileResult Read(string fullPath, string relativePath, FileSizeLimit limit, string? realRoot = null, RepositoryState? state = null)
    {
        if (state is not null && state.Covers(fullPath))
        {
            var file = state.FileAt(fullPath);
            if (file is null)
            {
                return Fail(relativePath, state.Missing);
            }

            if (!file.SameAsWorkingTree)
            {
                return FromState(state, file, relativePath, limit, realRoot);
            }
        }

        // Asked before opening: opening a named pipe waits for a writer. When the type cannot be asked, opening says why.
        var status = FileProbe.Status(fullPath, followLinks: false);
        if (status is { Type: FileType.SymbolicLink })
        {
            var real = realRoot is null ? null : RealPath.Of(fullPath);
            if (realRoot is not null && real is null)
            {
                return Fail(relativePath, LinkLoop);
            }

            if (real is not null && !RealPath.IsWithin(real, realRoot!))
            {
                return Fail(relativePath, $"this file is a link to '{LinkTargetOf(fullPath)}', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link");
            }

            status = FileProbe.Status(fullPath, followLinks: true);
        }

        if (status is { Type: not FileType.Regular } special)
        {
            return Fail(relativePath, $"this file is {Describe(special.Type)}, not a regular file: remove it or exclude it in .artifactlint.yml");
        }

        if (status is { Size: var size } && size > limit.Bytes)
        {
            return Fail(relativePath, TooLarge(size, limit));
        }

        try
        {
            return ReadAtMost(fullPath, relativePath, status?.Size ?? 0, limit);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(relativePath, WhyUnreadable(exception));
        }
    }

    // A file git holds: its bytes are in memory already, so only its size and its links need checking.
    private static TextFileResult FromState(RepositoryState state, StateFile file, string relativePath, FileSizeLimit limit, string? realRoot)
    {
        if (file.IsLink)
        {
            var target = state.Resolve(file);
            if (target is null)
            {
                return Fail(relativePath, "this file is a symbolic link that leads nowhere inside the repository, or loops; fix or remove the link");
            }

            if (realRoot is not null && !RealPath.IsWithin(state.FullPath(target), realRoot))
            {
                return Fail(relativePath, $"this file is a link to '{target.Path}', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link");
            }

            return target.SameAsWorkingTree ? Read(state.FullPath(target), relativePath, limit) : FromState(state, target, relativePath, limit, realRoot);
        }

        var content = state.Content(file, limit.Bytes);
        return content.Bytes is { } bytes ? TextDecoder.Decode(bytes, relativePath)
            : content.Size < 0 ? Fail(relativePath, "git does not have this file's content here (a partial clone that never fetched it); it was not read: run 'git fetch', or lint without --staged and --new-since")
            : Fail(relativePath, TooLarge(content.Size, limit));
    }

    // The file may grow between the stat and the read: never more than limit + 1 bytes are read, whatever it says its size is.
    private static TextFileResult ReadAtMost(string fullPath, string relativePath, long expected, FileSizeLimit limit)
    {
        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(expected, limit.Bytes) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > limit.Bytes)
                {
                    return Fail(relativePath, $"this file grew past max_file_size ({limit.Written}) while it was read; it was skipped: split it, exclude it, or raise max_file_size in .artifactlint.yml");
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit.Bytes + 1));
            }

            // A regular file gives less than asked only at its end: the usual document takes one read, not a second one for the end.
            var asked = buffer.Length - length;
            var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            length += read;
            if (read < asked)
            {
                return TextDecoder.Decode(buffer.AsSpan(0, length), relativePath);
            }
        }
    }

    private static string LinkTargetOf(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).LinkTarget ?? fullPath;
        }
        catch (IOException)
        {
            return fullPath;
        }
    }

    private static string Describe(FileType type) => type switch
    {
        FileType.NamedPipe => "a named pipe (FIFO)",
        FileType.Socket => "a socket",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Directory => "a folder",
        _ => "a special file",
    };

    // Near the limit, whole KB or MB would read "10 MB, more than max_file_size (10MB)": give the bytes there.
    private static string TooLarge(long size, FileSizeLimit limit)
    {
        const long Kilobyte = 1024;
        const long Megabyte = 1024 * Kilobyte;
        var (sizeText, limitText) = size < 2 * limit.Bytes
            ? ($"{Count(size)} bytes", $"{limit.Written} = {Count(limit.Bytes)} bytes")
            : (size >= Megabyte ? $"{size / Megabyte} MB" : $"{size / Kilobyte} KB", limit.Written);
        return $"this file is {sizeText}, more than max_file_size ({limitText}); it was not read: split it, exclude it, or raise max_file_size in .artifactlint.yml";
    }

    private static string Count(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    private static string WhyUnreadable(Exception exception) => exception switch
    {
        UnauthorizedAccessException or System.Security.SecurityException =>
            "this file cannot be read: permission denied; give the user running artifactlint read access, or exclude the file",
        FileNotFoundException or DirectoryNotFoundException =>
            "this file cannot be read: it no longer exists (removed or renamed while linting, or a link to a missing file)",
        IOException { HResult: LinuxLinkLoop or MacLinkLoop } => LinkLoop,
        _ => $"this file cannot be read: {exception.Message.TrimEnd('.')}; check that it is a regular, readable file",
    };

    private static TextFileResult Fail(string relativePath, string message) =>
        new(null, LoadingDiagnostics.Unreadable(relativePath, message));
}
