using System.Text;
using System.Text.RegularExpressions;

namespace ArtifactLint.Api;

/// <summary>How a fix writes a text value into YAML: plain where YAML 1.2 reads it back as that same text, else double-quoted.</summary>
internal static partial class YamlText
{
    /// <summary><paramref name="text"/> in double quotes, with <c>\</c> and <c>"</c> escaped, and control characters too.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary><paramref name="text"/> as a plain scalar when it reads back as the same text (<c>in-progress</c>), else <see cref="Quoted"/>.</summary>
    public static string Scalar(string text) => SafelyPlain().IsMatch(text) && !ReadsAsSomethingElse().IsMatch(text) ? text : Quoted(text);

    // Letters, digits and a few marks inside, never a YAML indicator first, never ": " or " #", no space at the end.
    [GeneratedRegex(@"^[\p{L}\p{N}]([\p{L}\p{N} ._/+-]*[\p{L}\p{N}._/+-])?$")]
    private static partial Regex SafelyPlain();

    // What YAML 1.2's core schema reads as a number, a boolean or null.
    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$")]
    private static partial Regex ReadsAsSomethingElse();
}
