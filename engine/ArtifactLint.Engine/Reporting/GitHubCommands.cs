using System.Text;

namespace ArtifactLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::name key=value,key=value::message</c>), escaped exactly as
/// actions/toolkit's <c>core/src/command.ts</c> does, so a finding's text can never end or inject a command.
/// </summary>
internal static class GitHubCommands
{
    public static string Command(string name, IReadOnlyList<(string Key, string Value)> properties, string message)
    {
        var line = new StringBuilder("::").Append(name);
        if (properties.Count > 0)
        {
            line.Append(' ').AppendJoin(',', properties.Select(p => $"{p.Key}={EscapeProperty(p.Value)}"));
        }

        return line.Append("::").Append(EscapeData(message)).ToString();
    }

    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
