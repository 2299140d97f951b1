using ArtifactLint.Diagnostics;

using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>
/// One finding a line, <c>path:line:col: severity ID: message [name]</c>, related locations indented below. Paths,
/// messages and names are written through <see cref="VisibleText"/>, so that each line is exactly one of these.
/// </summary>
internal sealed class TextReporter : IReporter
{
    public void Write(Report report, TextWriter writer) => WriteAll(report.Findings, writer);

    /// <summary>Findings in the text format, for commands that report diagnostics outside a lint report.</summary>
    public static void WriteAll(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.Write(FindingLine(d));
            writer.Write('\n');
            foreach (var related in d.RelatedLocations)
            {
                writer.Write(RelatedLine(related));
                writer.Write('\n');
            }
        }
    }

    /// <summary>The finding's line, without the line break.</summary>
    public static string FindingLine(Diagnostic d) =>
        $"{VisibleText.At(d.Location)}: {SeverityName(d.Severity)} {VisibleText.Of(d.Id)}: {VisibleText.Of(d.Message)} [{VisibleText.Of(d.Descriptor.Name)}]";

    /// <summary>A related location's indented line, without the line break.</summary>
    public static string RelatedLine(RelatedLocation related) =>
        $"  {VisibleText.At(related.Location)}: note: {VisibleText.Of(related.Message)}";

    public static string SeverityName(Severity severity) => SeverityNames.Of(severity);
}
