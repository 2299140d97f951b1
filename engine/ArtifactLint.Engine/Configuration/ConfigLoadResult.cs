using ArtifactLint.Api;
using ArtifactLint.Settings;

namespace ArtifactLint.Configuration;

/// <summary>The config, or the AL0006 errors that stop the run before any document is loaded.</summary>
internal sealed record ConfigLoadResult(LintConfig? Config, IReadOnlyList<Diagnostic> Errors)
{
    public static ConfigLoadResult Failed(params Diagnostic[] errors) => new(null, errors);
}
