namespace ArtifactLint.Reporting;

/// <summary>Writes a report in one format.</summary>
internal interface IReporter
{
    void Write(Report report, TextWriter writer);
}
