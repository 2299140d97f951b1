using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// The fix of a front matter YAML cannot read because a plain value on one line is not plain YAML: one that starts with
/// <c>@</c> or a backquote (Backlog.md writes <c>assignee: @MrLesk</c>), or one with <c>": "</c> inside
/// (<c>title: Fix: the export</c>). Quoted, it reads as the text that was meant; a comment after it stays a comment.
/// </summary>
internal static class PlainScalarQuoting
{
    /// <summary>The fix for <paramref name="line"/> (line <paramref name="lineNumber"/> of the file), or null when it is not such a value.</summary>
    public static Fix? For(string path, int lineNumber, string line)
    {
        var at = 0;
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        if (line.AsSpan(at).StartsWith("- "))
        {
            at += 2;
        }

        var colon = line.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon <= at || !IsKey(line.AsSpan(at, colon - at)))
        {
            return null;
        }

        var start = colon + 2;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        // The value runs to a comment (" #") or the end of the line, blanks at its end left out.
        var comment = line.IndexOf(" #", start, StringComparison.Ordinal);
        var value = line[start..(comment < 0 ? line.Length : comment)].TrimEnd();
        if (value.Length == 0 || "\"'[{|>&*!%#".Contains(value[0], StringComparison.Ordinal)
            || !(value[0] is '@' or '`' || value.Contains(": ", StringComparison.Ordinal)))
        {
            return null;
        }

        var location = new Location(path, lineNumber, start + 1, lineNumber, start + 1 + value.Length);
        return Fix.Replace(location, YamlText.Quoted(value), $"Quote the value of '{line[at..colon]}'");
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || !(char.IsLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
