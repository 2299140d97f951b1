using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>One finding a line, <c>path:line:col: severity ID: message [name]</c>, related locations indented below.</summary>
internal sealed class TextReporter : IReporter
{
    public void Write(Report report, TextWriter writer) => WriteAll(report.Findings, writer);

    /// <summary>Findings in the text format, for commands that report diagnostics outside a lint report.</summary>
    public static void WriteAll(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.Write($"{d.Location}: {SeverityName(d.Severity)} {d.Id}: {d.Message} [{d.Descriptor.Name}]\n");
            foreach (var related in d.RelatedLocations)
            {
                writer.Write($"  {related.Location}: note: {related.Message}\n");
            }
        }
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
