using System.Text;
using System.Text.RegularExpressions;

namespace ArtifactLint.Loading;

/// <summary>
/// The <c>.gitignore</c> patterns in force for one folder: its parent's, then its own file's.
/// The last matching pattern wins; <c>!</c> re-includes; a trailing <c>/</c> matches folders only.
/// </summary>
internal sealed class GitIgnore
{
    public static readonly GitIgnore Empty = new([]);

    private readonly IReadOnlyList<Pattern> _patterns;

    private GitIgnore(IReadOnlyList<Pattern> patterns) => _patterns = patterns;

    /// <summary>These patterns plus those of a <c>.gitignore</c> file's <paramref name="text"/>, whose folder is <paramref name="folder"/> (relative to the root, "" for the root).</summary>
    public GitIgnore With(string folder, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var added = lines.Select(line => Parse(folder, line)).OfType<Pattern>().ToArray();
        return added.Length == 0 ? this : new GitIgnore([.. _patterns, .. added]);
    }

    /// <summary>Whether <paramref name="relativePath"/> (from the root, with <c>/</c>) is ignored.</summary>
    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        var ignored = false;
        foreach (var pattern in _patterns)
        {
            if ((!pattern.DirectoryOnly || isDirectory) && pattern.Matches(relativePath))
            {
                ignored = !pattern.Negated;
            }
        }

        return ignored;
    }

    private static Pattern? Parse(string folder, string line)
    {
        var text = WithoutTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        var negated = text.StartsWith('!');
        if (negated)
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        if (text.Length == 0)
        {
            return null;
        }

        var prefix = folder.Length == 0 ? string.Empty : Regex.Escape(folder) + "/";
        var body = ToRegex(text);
        var regex = anchored ? $"^{prefix}{body}$" : $"^{prefix}(?:.*/)?{body}$";
        // A .gitignore is anyone's to write: '*a*a*a*a*a*b' against a long name would backtrack for hours; this engine is linear.
        return new Pattern(new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), negated, directoryOnly);
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[' && ClassEnd(glob, i) is var end && end > i)
            {
                // [!...] and [^...] both negate; a ']' right after the opening (or its negation) is a member.
                var set = glob[(i + 1)..end];
                var negated = set.Length > 0 && set[0] is '!' or '^';
                sb.Append('[').Append(negated ? "^" : string.Empty).Append(ClassBody(negated ? set[1..] : set, negated)).Append(']');
                i = end;
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                sb.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }

    // Trailing spaces are dropped unless quoted with a backslash ("a\ " keeps one).
    private static string WithoutTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    // The ']' that closes the class opened at 'start', or -1: one right after '[', '[!' or '[^' belongs to the class.
    private static int ClassEnd(string glob, int start)
    {
        var i = start + 1;
        if (i < glob.Length && glob[i] is '!' or '^')
        {
            i++;
        }

        if (i < glob.Length && glob[i] == ']')
        {
            i++;
        }

        for (; i < glob.Length; i++)
        {
            if (glob[i] == '\\')
            {
                i++;
            }
            else if (glob[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    // Members and ranges as written, each character literal (a backslash quotes the next); a class never matches '/'.
    private static string ClassBody(string set, bool negated)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < set.Length; i++)
        {
            var c = set[i];
            if (c == '\\' && i + 1 < set.Length)
            {
                sb.Append(Literal(set[++i]));
            }
            else if (c == '-' && i > 0 && i < set.Length - 1)
            {
                sb.Append('-');
            }
            else
            {
                sb.Append(Literal(c));
            }
        }

        return negated ? sb.Append('/').ToString() : sb.ToString();
    }

    private static string Literal(char c) => char.IsLetterOrDigit(c) ? c.ToString() : "\\" + c;

    private sealed record Pattern(Regex Regex, bool Negated, bool DirectoryOnly)
    {
        public bool Matches(string path) => Regex.IsMatch(path);
    }
}
