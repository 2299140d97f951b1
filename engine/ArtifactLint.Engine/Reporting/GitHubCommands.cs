using System.Text;

namespace ArtifactLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::name key=value,key=value::message</c>), escaped exactly as
/// actions/toolkit's <c>core/src/command.ts</c> does, so a finding's text can never end or inject a command.
/// Each value and message line is first written through <see cref="VisibleText"/>: the only line breaks left are
/// those between the message's lines (<c>%0A</c>), and nothing invisible reaches the log or the annotation.
/// </summary>
internal static class GitHubCommands
{
    public static string Command(string name, IReadOnlyList<(string Key, string Value)> properties, params IEnumerable<string> lines)
    {
        var line = new StringBuilder("::").Append(name);
        if (properties.Count > 0)
        {
            line.Append(' ').AppendJoin(',', properties.Select(p => $"{p.Key}={EscapeProperty(VisibleText.Of(p.Value))}"));
        }

        return line.Append("::").Append(EscapeData(string.Join('\n', lines.Select(VisibleText.Of)))).ToString();
    }

    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
