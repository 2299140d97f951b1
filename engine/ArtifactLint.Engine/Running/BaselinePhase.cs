using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// The baseline step of a run, after suppressions and before the report filter (so that it sees, and
/// <c>--update-baseline</c> records, the whole workspace even when only some files are reported).
/// </summary>
internal static class BaselinePhase
{
    /// <summary>
    /// With <see cref="LintRequest.UpdateBaseline"/>: records the findings, writes the file and hides them (a file that
    /// cannot be written is a usage error, so the run ends without a report, as it would for <c>-o</c>). Otherwise
    /// reads the baseline (from <c>--baseline</c>, else the config's <c>baseline</c>, else the default file when it
    /// exists) and hides what it covers; a baseline that cannot be used adds an AL0013 and hides nothing.
    /// </summary>
    /// <summary>The baseline file of a run (absolute): <c>--baseline</c>, else the config's, else the default file in the root.</summary>
    public static string FileOf(LintRequest request, LintConfig config) => Given(request, config) ?? Path.Combine(config.Root, Baseline.DefaultFileName);

    private static string? Given(LintRequest request, LintConfig config) =>
        request.BaselineFile is { } file ? Path.GetFullPath(file, request.WorkingDirectory)
            : config.Baseline is { } configured ? Path.GetFullPath(configured, config.Root)
            : null;

    public static (IReadOnlyList<Diagnostic> Diagnostics, BaselineOutcome? Outcome) Apply(
        LintRequest request, LintConfig config, IReadOnlyList<Diagnostic> diagnostics)
    {
        var given = Given(request, config);
        var fullPath = FileOf(request, config);
        var displayPath = Path.GetRelativePath(config.Root, fullPath).Replace('\\', '/');
        if (request.UpdateBaseline)
        {
            var entries = Baseline.Record(diagnostics);
            BaselineWriter.Write(request.BaselineFile ?? displayPath, fullPath, entries);
            var recorded = Baseline.Match(diagnostics, entries);
            return (recorded.Diagnostics, new BaselineOutcome(displayPath, recorded, entries.Count) { Entries = entries });
        }

        if (given is null && !(request.State?.FileExists(fullPath) ?? File.Exists(fullPath)))
        {
            return (diagnostics, null);
        }

        var (read, error) = BaselineReader.Read(fullPath, displayPath, request.State);
        if (read is null)
        {
            return ([.. diagnostics, error!], null);
        }

        var match = Baseline.Match(diagnostics, read);
        return (match.Diagnostics, new BaselineOutcome(displayPath, match, null) { Entries = read });
    }
}
