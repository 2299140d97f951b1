using System.Globalization;
using System.Text;

namespace ArtifactLint.Tests.Support;

/// <summary>Reads text escaped for a person back, and checks it, independently of the code that escapes it.</summary>
internal static class EscapedText
{
    /// <summary>Reads escaped text back as the README says: JSON's escapes, and a backslash before anything else is itself.</summary>
    public static string Decode(string escaped)
    {
        var text = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != '\\' || i + 1 == escaped.Length)
            {
                text.Append(escaped[i]);
                continue;
            }

            switch (escaped[i + 1])
            {
                case '\\': text.Append('\\'); i++; break;
                case 'n': text.Append('\n'); i++; break;
                case 'r': text.Append('\r'); i++; break;
                case 't': text.Append('\t'); i++; break;
                case 'u' when i + 6 <= escaped.Length:
                    text.Append((char)Convert.ToInt32(escaped.Substring(i + 2, 4), 16));
                    i += 5;
                    break;
                default: text.Append('\\'); break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The first character a person could not see or that could drive a terminal (a control, a line or paragraph
    /// separator, a format character such as a bidi override, another default-ignorable one, an unpaired surrogate,
    /// U+FFFE/U+FFFF), as <c>U+XXXX</c>; null when there is none.
    /// </summary>
    public static string? FirstInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                codePoint = char.ConvertToUtf32(text[i], text[++i]);
            }
            else if (char.IsSurrogate(text[i]) || text[i] is '\ufffe' or '\uffff')
            {
                return $"U+{codePoint:X4}";
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || codePoint is 0x034f or 0x115f or 0x1160 or 0x17b4 or 0x17b5 or (>= 0x180b and <= 0x180f) or 0x3164 or (>= 0xfe00 and <= 0xfe0f)
                    or 0xffa0 or (>= 0xfff0 and <= 0xfff8) or (>= 0xe0000 and <= 0xe0fff))
            {
                return $"U+{codePoint:X4}";
            }
        }

        return null;
    }
}
