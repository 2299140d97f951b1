using ArtifactLint.Api;

namespace ArtifactLint.Diagnostics;

/// <summary>A severity as the text format, the config and the command line write it: error, warning, info.</summary>
internal static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The severity a name stands for; null for any other text.</summary>
    public static Severity? Parse(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}
