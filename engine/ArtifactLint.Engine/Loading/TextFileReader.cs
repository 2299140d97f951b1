using System.Text;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads a workspace file as strict UTF-8 text without its byte order mark. A binary file, invalid
/// UTF-8, a file that cannot be read or a link loop becomes an AL0009 diagnostic, never an exception.
/// </summary>
internal static class TextFileReader
{
    private const int BinaryProbeLength = 8 * 1024;

    // ELOOP: 40 on Linux, 62 on macOS and the BSDs; .NET puts the errno in HResult.
    private const int LinuxLinkLoop = 40;
    private const int MacLinkLoop = 62;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextFileResult Read(string fullPath, string relativePath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(relativePath, WhyUnreadable(exception));
        }

        return Decode(bytes, relativePath);
    }

    private static TextFileResult Decode(byte[] bytes, string relativePath)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return Fail(relativePath, "this file is UTF-16 text, not UTF-8: save the file as UTF-8");
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0))
        {
            return Fail(relativePath, "this file is a binary file, not Markdown: remove it or exclude it in .artifactlint.yml");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new TextFileResult(StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Clamp(start + exception.Index, start, bytes.Length - 1);
            var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            var message = $"this file is not UTF-8 text: invalid byte 0x{bytes[index]:X2} at line {line}; save the file as UTF-8";
            return Fail(relativePath, message);
        }
    }

    private static string WhyUnreadable(Exception exception) => exception switch
    {
        UnauthorizedAccessException or System.Security.SecurityException =>
            "this file cannot be read: permission denied; give the user running artifactlint read access, or exclude the file",
        FileNotFoundException or DirectoryNotFoundException =>
            "this file cannot be read: it no longer exists (removed or renamed while linting, or a link to a missing file)",
        IOException { HResult: LinuxLinkLoop or MacLinkLoop } =>
            "this file cannot be read: it is a symbolic link that loops back on itself; fix or remove the link",
        _ => $"this file cannot be read: {exception.Message.TrimEnd('.')}; check that it is a regular, readable file",
    };

    private static TextFileResult Fail(string relativePath, string message) =>
        new(null, LoadingDiagnostics.Unreadable(relativePath, message));
}
