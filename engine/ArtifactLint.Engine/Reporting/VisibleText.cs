using System.Buffers;
using System.Globalization;
using System.Text;
using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>
/// Text for the formats a person reads (text, JUnit, GitHub, and the CLI's own lines): a file name or a quoted value
/// can neither drive the terminal nor pass for another finding. Control characters (C0, DEL, C1), line and paragraph
/// separators, unpaired surrogates, U+FFFE/U+FFFF, and the invisible characters that can reorder or hide text (every
/// format character, the bidi overrides and isolates among them, and Unicode's other default-ignorable code points
/// such as zero-width spaces, fillers and variation selectors) are written as a JSON string writes them: <c>\n</c>,
/// <c>\r</c>, <c>\t</c>, else <c>\u</c> and four lowercase hex digits per UTF-16 unit (<c>\u001b</c>, <c>\u202e</c>).
/// </summary>
/// <remarks>
/// The escaping can be read back exactly: a backslash is doubled when what follows it would otherwise read as an
/// escape (another backslash, <c>n</c>, <c>r</c>, <c>t</c>, <c>u</c>, or an escaped character); any other backslash
/// (<c>C:\Users</c>) stays single, so ordinary text is written as it is. In a path, a leading space and a colon
/// before a digit are escaped as well, so that a file name can look neither like a location (<c>x.md:1:1</c>) nor
/// like an indented related location.
/// </remarks>
internal static class VisibleText
{
    // Every character that may need a look: what is escaped, and the backslash (and, in paths, ':' and ' ').
    private static readonly SearchValues<char> InText = SearchValues.Create(Candidates(""));
    private static readonly SearchValues<char> InPath = SearchValues.Create(Candidates(": "));

    /// <summary>The text with its invisible and control characters escaped.</summary>
    public static string Of(string text) => Escape(text, path: false);

    /// <summary>A path escaped as <see cref="Of"/> does, and so that it cannot pass for a location.</summary>
    public static string OfPath(string path) => Escape(path, path: true);

    /// <summary><c>path:line:column</c> with the path escaped.</summary>
    public static string At(Location location) =>
        string.Create(CultureInfo.InvariantCulture, $"{OfPath(location.Path)}:{location.Line}:{location.Column}");

    // Whether the character is always escaped (a surrogate: when it is unpaired).
    private static bool IsEscaped(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c) || c is '\ufffe' or '\uffff' || IsInvisible(c);

    private static string Escape(string text, bool path)
    {
        var first = text.AsSpan().IndexOfAny(path ? InPath : InText);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var (units, escape) = Next(text, i, path);
            if (escape)
            {
                for (var unit = i; unit < i + units; unit++)
                {
                    AppendEscape(escaped, text[unit]);
                }
            }
            else if (text[i] == '\\' && StartsEscape(text, i + 1, path))
            {
                escaped.Append(@"\\");
            }
            else
            {
                escaped.Append(text, i, units);
            }

            i += units;
        }

        return escaped.ToString();
    }

    /// <summary>The character at <paramref name="i"/>: how many UTF-16 units it takes (1, or 2 for a pair), and whether it is escaped.</summary>
    private static (int Units, bool Escape) Next(string text, int i, bool path)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return (2, IsInvisible(char.ConvertToUtf32(c, text[i + 1])));
        }

        if (path && ((c == ':' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) || (c == ' ' && i == 0)))
        {
            return (1, true);
        }

        return (1, IsEscaped(c));
    }

    private static bool StartsEscape(string text, int i, bool path) =>
        i < text.Length && (text[i] is '\\' or 'n' or 'r' or 't' or 'u' || Next(text, i, path).Escape);

    private static void AppendEscape(StringBuilder escaped, char c)
    {
        _ = c switch
        {
            '\n' => escaped.Append(@"\n"),
            '\r' => escaped.Append(@"\r"),
            '\t' => escaped.Append(@"\t"),
            _ => escaped.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
        };
    }

    private static bool IsInvisible(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || IsDefaultIgnorable(codePoint);

    // Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): drawn as nothing, so they hide in plain sight.
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00ad or 0x034f or 0x061c or 0x3164 or 0xfeff or 0xffa0
            or >= 0x115f and <= 0x1160
            or >= 0x17b4 and <= 0x17b5
            or >= 0x180b and <= 0x180f
            or >= 0x200b and <= 0x200f
            or >= 0x202a and <= 0x202e
            or >= 0x2060 and <= 0x206f
            or >= 0xfe00 and <= 0xfe0f
            or >= 0xfff0 and <= 0xfff8
            or >= 0x1bca0 and <= 0x1bca3
            or >= 0x1d173 and <= 0x1d17a
            or >= 0xe0000 and <= 0xe0fff;

    private static char[] Candidates(string extra) =>
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\\' || extra.Contains(c) || IsEscaped(c)).ToArray();
}
