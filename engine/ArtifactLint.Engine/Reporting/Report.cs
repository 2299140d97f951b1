using ArtifactLint.Api;
using ArtifactLint.Running;

namespace ArtifactLint.Reporting;

/// <summary>What every reporter writes from: the run's result and where paths are relative to.</summary>
/// <param name="Result">The lint result.</param>
/// <param name="GitRoot">The git repository root (absolute), or null outside git: SARIF and GitHub paths are relative to it.</param>
internal sealed record Report(LintResult Result, string? GitRoot)
{
    /// <summary>
    /// The files named on the command line (workspace-relative, <c>/</c>): the GitHub reporter puts their findings
    /// first, because GitHub shows only 10 annotations per level. Empty when no file was named.
    /// </summary>
    public IReadOnlySet<string> FocusPaths { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The file GitHub Actions reads the job summary from (<c>GITHUB_STEP_SUMMARY</c>), or null outside Actions.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>The folder SARIF's <c>SRCROOT</c> stands for: the git root, else the workspace root.</summary>
    public string SourceRoot => GitRoot ?? Result.Root;

    public int Count(Severity severity) => Result.Diagnostics.Count(d => d.Severity == severity && d.Suppression is null);

    /// <summary>The findings that count (not suppressed).</summary>
    public IEnumerable<Diagnostic> Findings => Result.Diagnostics.Where(d => d.Suppression is null);

    /// <summary>A workspace-relative path made relative to the git root (for annotations that must attach).</summary>
    public string RepositoryPath(string workspacePath)
    {
        if (GitRoot is null)
        {
            return workspacePath;
        }

        return Path.GetRelativePath(GitRoot, Path.Combine(Result.Root, workspacePath)).Replace('\\', '/');
    }

    /// <summary>How many of the findings that count have a fix <c>lint --fix</c> would apply.</summary>
    public int Fixable => Findings.Count(d => d.Fix is not null);

    /// <summary>
    /// The summary line: <c>2 errors, 1 warning, 0 infos in 48 documents (27 rules)</c>, then <c>; N already in REV</c>
    /// for <c>--new-since</c> and <c>; N fixable</c> when <c>--fix</c> has something to do.
    /// </summary>
    public string Summary() =>
        $"{Plural(Count(Severity.Error), "error")}, {Plural(Count(Severity.Warning), "warning")}, {Plural(Count(Severity.Info), "info")} "
        + $"in {Plural(Result.DocumentCount, "document")} ({Plural(Result.RuleCount, "rule")})"
        + (Result.Known is { } known ? $"; {known.Hidden} already in {known.Revision}" : string.Empty)
        + (Fixable > 0 ? $"; {Fixable} fixable" : string.Empty);

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
