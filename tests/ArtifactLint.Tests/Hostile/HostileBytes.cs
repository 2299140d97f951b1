using System.Text;

namespace ArtifactLint.Tests.Hostile;

/// <summary>Files that are not UTF-8 Markdown: other encodings, byte order marks, NUL bytes, invalid sequences, binary formats.</summary>
internal static class HostileBytes
{
    public static void Write(HostileWriter w)
    {
        var item = Encoding.UTF8.GetBytes(HostileText.Invalid("PB-E1"));
        var cases = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["utf16-le"] = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(HostileText.Item("PB-E2"))],
            ["utf16-be"] = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(HostileText.Item("PB-E3"))],
            ["utf16-no-bom"] = Encoding.Unicode.GetBytes(HostileText.Item("PB-E4")),
            ["utf32-le"] = [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(HostileText.Item("PB-E5"))],
            ["utf32-be"] = [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(HostileText.Item("PB-E6"))],
            ["nul-at-start"] = [0x00, .. item],
            ["nul-after-8k"] = [.. item, .. Encoding.UTF8.GetBytes(HostileText.Repeat("padding line\n", 9000)), 0x00, .. "tail\n"u8],
            ["invalid-utf8-line-3"] = [.. "---\nid: PB-E7\ntitle: caf"u8, 0xE9, .. "\ntype: story\nstatus: new\n---\n"u8],
            ["overlong-slash"] = [.. "---\nid: PB-E8\ntitle: "u8, 0xC0, 0xAF, .. "\n---\n"u8],
            ["surrogate-cesu"] = [.. "---\nid: PB-E9\ntitle: "u8, 0xED, 0xA0, 0x80, .. "\n---\n"u8],
            ["truncated-sequence"] = [.. "---\nid: PB-E10\ntitle: "u8, 0xE2, 0x82],
            ["ff-bytes"] = [0xFF, 0xFF, 0xFF, 0xFF],
            ["png-header"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            ["gzip"] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00],
            ["latin1"] = Encoding.Latin1.GetBytes(HostileText.Item("PB-E11", "title: Zahlungsübersicht für März")),
            ["bom-only"] = [0xEF, 0xBB, 0xBF],
            ["bom-in-middle"] = [.. "---\nid: PB-E12\n"u8, 0xEF, 0xBB, 0xBF, .. "status: nope\n---\n"u8],
            ["c1-controls"] = [.. "---\nid: PB-E13\ntitle: "u8, 0xC2, 0x9B, .. "2J\nstatus: nope\n---\n"u8],
            ["raw-escape"] = [.. "---\nid: PB-E14\ntitle: T\ntype: story\nstatus: "u8, 0x1B, .. "[2Jnope\n---\n"u8],
        };
        foreach (var (name, bytes) in cases)
        {
            w.Bytes($"backlog/bytes/{name}.md", bytes);
        }
    }
}
