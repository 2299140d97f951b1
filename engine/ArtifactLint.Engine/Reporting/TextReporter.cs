using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>One finding a line, <c>path:line:col: severity ID: message [name]</c>, related locations indented below.</summary>
internal sealed class TextReporter : IReporter
{
    public void Write(Report report, TextWriter writer)
    {
        foreach (var d in report.Findings)
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
