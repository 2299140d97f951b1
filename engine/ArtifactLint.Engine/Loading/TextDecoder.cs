using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// Turns a file's bytes into text: strict UTF-8, its byte order mark dropped. UTF-16 and UTF-32 text, a NUL byte
/// anywhere, or a byte that is not UTF-8 is an AL0009 diagnostic, at that byte's line and column when there is one.
/// </summary>
internal static class TextDecoder
{
    // A NUL this early is a binary file (an image, a PDF, a Word export), not a text with one stray byte.
    private const int BinaryProbeLength = 8 * 1024;

    public static TextFileResult Decode(ReadOnlySpan<byte> bytes, string relativePath)
    {
        if (bytes is [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return Fail(Location.StartOf(relativePath), "this file is UTF-32 text, not UTF-8: save the file as UTF-8");
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return Fail(Location.StartOf(relativePath), "this file is UTF-16 text, not UTF-8: save the file as UTF-8");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul is >= 0 and < BinaryProbeLength)
        {
            return Fail(Location.StartOf(relativePath), "this file is a binary file, not Markdown: remove it or exclude it in .artifactlint.yml");
        }

        var text = bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes;
        nul = nul < 0 ? -1 : nul - (bytes.Length - text.Length);
        var invalid = FirstInvalidByte(text);
        if (nul >= 0 && (invalid < 0 || nul < invalid))
        {
            return Fail(LocationOf(relativePath, text, nul),
                "this file holds a NUL byte here, which no text document has; it was not read: remove the byte, or exclude the file if it is not a document");
        }

        if (invalid >= 0)
        {
            return Fail(LocationOf(relativePath, text, invalid),
                $"this file is not UTF-8 text: the byte 0x{text[invalid]:X2} here is not UTF-8; save the file as UTF-8");
        }

        return new TextFileResult(Encoding.UTF8.GetString(text), null);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            return -1;
        }

        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(text[offset..], chars, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return Math.Min(offset, text.Length - 1);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The 1-based line and column of <paramref name="index"/>, whose bytes before it are valid UTF-8: lines end at
    /// \n, \r\n or a lone \r, as in <see cref="LineMap"/>; the column counts UTF-16 code units, as every column does.
    /// </summary>
    private static Location LocationOf(string path, ReadOnlySpan<byte> text, int index)
    {
        var before = text[..index];
        var breaks = before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        var lineStart = before.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return Location.At(path, 1 + breaks, 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
    }

    private static TextFileResult Fail(Location location, string message) =>
        new(null, LoadingDiagnostics.Unreadable(location, message));
}
