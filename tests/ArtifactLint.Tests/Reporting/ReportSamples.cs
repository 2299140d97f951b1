using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Running;

namespace ArtifactLint.Tests.Reporting;

/// <summary>Reports built from hand-made diagnostics, for reporter tests that need exact messages.</summary>
internal static class ReportSamples
{
    public static readonly RuleDescriptor ReferenceExists =
        new("AL3002", "reference-exists", "A reference names an artifact of the workspace", "{0}", "Traceability", Severity.Error);

    public static readonly RuleDescriptor StaleItem =
        new("AL5001", "stale-item", "A backlog item has not changed for a long time", "{0}", "Lifecycle", Severity.Warning);

    public static readonly RuleDescriptor TeamRule =
        new("ACME001", "needs-owner", "Every goal has an owner", "{0}", "Acme", Severity.Info);

    public static Diagnostic Finding(Severity severity, string path, int line, string message, RuleDescriptor? rule = null) =>
        new(rule ?? ReferenceExists, severity, new Location(path, line, 3, line, 7), message);

    /// <summary>A report of a workspace at <c>/repo/product</c> inside the git root <c>/repo</c>.</summary>
    public static Report Of(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<RuleDescriptor>? rules = null) =>
        new(new LintResult
        {
            Root = Path.GetFullPath("/repo/product"),
            Diagnostics = diagnostics.ToList(),
            Rules = rules ?? [ReferenceExists, StaleItem, TeamRule],
            DocumentCount = 3,
            RuleCount = 3,
        }, Path.GetFullPath("/repo"));

    public static string Write(IReporter reporter, Report report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        reporter.Write(report, writer);
        return writer.ToString();
    }
}
