using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Running;

/// <summary>The outcome of a lint run: the findings to report (sorted, suppressed and filtered) and what was linted.</summary>
internal sealed record LintResult
{
    /// <summary>The workspace root (absolute).</summary>
    public required string Root { get; init; }

    /// <summary>The findings to report, in <see cref="DiagnosticOrder"/>.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Every rule of the run, engine and script, for reporters that list them (SARIF).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    public int DocumentCount { get; init; }

    /// <summary>How many script rules ran.</summary>
    public int RuleCount { get; init; }

    /// <summary>The config was invalid: nothing was linted, the run exits 2.</summary>
    public bool ConfigFailed { get; init; }

    /// <summary>A rule could not compile, load, run or finish: the run exits 2 after the report.</summary>
    public bool ToolFailed { get; init; }

    /// <summary>What the baseline hid or wrote, or null when the run used none.</summary>
    public BaselineOutcome? Baseline { get; init; }

    /// <summary>What <c>--new-since</c> hid, or null without it.</summary>
    public KnownOutcome? Known { get; init; }

    /// <summary>With <see cref="LintRequest.RecordFindings"/>: every finding of the workspace by key, before the baseline and the PATH filter.</summary>
    public IReadOnlyList<BaselineEntry>? Recorded { get; init; }
}
