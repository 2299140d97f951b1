namespace ArtifactLint.Api;

/// <summary>How serious a finding is. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a run unless <c>--fail-level info</c>.</summary>
    Info = 1,

    /// <summary>Should be fixed; fails a run with <c>--fail-level warning</c> or <c>--max-warnings</c>.</summary>
    Warning = 2,

    /// <summary>Must be fixed; fails the run by default.</summary>
    Error = 3,
}
