using System.Text;
using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>The job summary: a Markdown table of every finding, appended to <c>GITHUB_STEP_SUMMARY</c> (other steps write there too).</summary>
internal static class GitHubStepSummary
{
    /// <summary>Appends the summary; returns why it could not, or null.</summary>
    public static string? Append(Report report, IReadOnlyList<Diagnostic> findings, string path)
    {
        try
        {
            var separator = File.Exists(path) && new FileInfo(path).Length > 0 && !EndsWithNewline(path) ? "\n" : string.Empty;
            File.AppendAllText(path, separator + Markdown(report, findings), new UTF8Encoding(false));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"could not append the job summary to '{path}' (GITHUB_STEP_SUMMARY): {e.Message}";
        }
    }

    public static string Markdown(Report report, IReadOnlyList<Diagnostic> findings)
    {
        var text = new StringBuilder("## ArtifactLint\n\n").Append(report.Summary()).Append("\n\n");
        if (findings.Count == 0)
        {
            return text.Append("No findings.\n\n").ToString();
        }

        text.Append("| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
        foreach (var d in findings)
        {
            text.Append("| ").Append(TextReporter.SeverityName(d.Severity))
                .Append(" | ").Append(Rule(d.Descriptor))
                .Append(" | ").Append(Escape(VisibleText.At(d.Location with { Path = report.RepositoryPath(d.Location.Path) })))
                .Append(" | ").Append(Escape(VisibleText.Of(d.Message)))
                .Append(" |\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Makes visible text (<see cref="VisibleText"/>: no line breaks are left) safe in a GFM table cell: backslash-escapes
    /// Markdown punctuation and the cell's <c>|</c>.
    /// </summary>
    private static string Escape(string visible)
    {
        var escaped = new StringBuilder(visible.Length);
        foreach (var c in visible)
        {
            if (c is '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Rule(RuleDescriptor rule)
    {
        var label = Escape(VisibleText.Of($"{rule.Id} {rule.Name}"));
        return SarifRules.HelpUri(rule) is { } uri ? $"[{label}]({uri})" : label;
    }

    private static bool EndsWithNewline(string path)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }
}
