using System.Globalization;
using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Reporting;

/// <summary>
/// GitHub Actions annotations. GitHub shows at most 10 errors, 10 warnings and 10 notices per step, so the most
/// important come first (errors, then warnings, then notices; within a level the files named on the command line
/// first, then report order), at most 10 a level, then one notice saying how many were left out. With
/// <see cref="Report.StepSummaryPath"/> set, every finding is also appended to the job summary as a table.
/// </summary>
internal sealed class GitHubReporter : IReporter
{
    public const int PerLevel = 10;

    public void Write(Report report, TextWriter writer)
    {
        var ordered = Ordered(report);
        var byLevel = ordered.GroupBy(d => d.Severity).ToDictionary(g => g.Key, g => g.ToList());
        var counts = byLevel.ToDictionary(p => p.Key, p => p.Value.Count);
        var overflows = counts.Values.Any(c => c > PerLevel);

        // The closing notice is a notice annotation too: leave it room among the 10, or GitHub drops it.
        var noticeCap = overflows ? PerLevel - 1 : PerLevel;
        var shown = 0;
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var cap = severity == Severity.Info ? noticeCap : PerLevel;
            foreach (var d in byLevel.GetValueOrDefault(severity) ?? [])
            {
                if (cap-- <= 0)
                {
                    break;
                }

                writer.Write(Annotation(report, d));
                writer.Write('\n');
                shown++;
            }
        }

        string? summaryError = null;
        if (report.StepSummaryPath is { } summaryPath)
        {
            summaryError = GitHubStepSummary.Append(report, ordered, summaryPath);
        }

        var hidden = ordered.Count - shown;
        if (hidden > 0)
        {
            var where = report.StepSummaryPath is null || summaryError is not null
                ? "run with --format text to see them all"
                : "the job summary lists them all";
            var what = hidden == 1 ? "1 more finding is" : $"{hidden} more findings are";
            writer.Write(GitHubCommands.Command("notice", [], $"{what} not shown as annotations (GitHub shows {PerLevel} per level): {where}"));
            writer.Write('\n');
        }

        if (summaryError is not null)
        {
            writer.Write(GitHubCommands.Command("warning", [], summaryError));
            writer.Write('\n');
        }
    }

    /// <summary>The findings in annotation order: severity, then the files named on the command line, then report order.</summary>
    public static IReadOnlyList<Diagnostic> Ordered(Report report) =>
        report.Findings
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => report.FocusPaths.Contains(d.Location.Path) ? 0 : 1)
            .ToList();

    // GitHub's word for an info is "notice".
    public static string CommandName(Severity severity) => severity == Severity.Info ? "notice" : SeverityNames.Of(severity);

    private static string Annotation(Report report, Diagnostic d)
    {
        var location = d.Location;
        var properties = new List<(string, string)>
        {
            ("file", report.RepositoryPath(location.Path)),
            ("line", Number(location.Line)),
        };

        // GitHub rejects columns on an annotation spanning lines; its end column is the last character (inclusive).
        if (location.EndLine == location.Line)
        {
            properties.Add(("col", Number(location.Column)));
            properties.Add(("endLine", Number(location.EndLine)));
            properties.Add(("endColumn", Number(Math.Max(location.Column, location.EndColumn - 1))));
        }
        else
        {
            properties.Add(("endLine", Number(location.EndLine)));
        }

        properties.Add(("title", $"{d.Id} {d.Descriptor.Name}"));
        return GitHubCommands.Command(CommandName(d.Severity), properties, Message(report, d));
    }

    private static IEnumerable<string> Message(Report report, Diagnostic d) =>
        d.RelatedLocations
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"  related: {report.RepositoryPath(r.Location.Path)}:{r.Location.Line}:{r.Location.Column}: {r.Message}"))
            .Prepend(d.Message);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
