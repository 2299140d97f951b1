namespace ArtifactLint.Api;

/// <summary>
/// The one rule for a finding's severity, for the engine's diagnostics and every script rule alike: the configured severity
/// replaces the rule's default, and caps a lower one the rule chose (a capacity warning before the error stays a warning
/// when the config lowers the rule to warning, and becomes info when it lowers it to info).
/// </summary>
internal static class SeverityPolicy
{
    public static Severity Effective(Severity reported, Severity defaultSeverity, Severity? configured) =>
        configured is not { } setting ? reported
        : reported >= defaultSeverity ? setting
        : (Severity)Math.Min((int)reported, (int)setting);
}
