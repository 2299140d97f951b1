using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Processes;

/// <summary>
/// A fact that runs the CLI as an unprivileged user (<see cref="UnprivilegedCli"/>). Skipped only where that cannot be
/// done (root without <c>setpriv</c>) and <see cref="ExternalProgram.RequireVariable"/> is not set; with it set, the
/// test runs and fails, so that CI never passes a test it did not run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (UnprivilegedCli.Unavailable is { } reason && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ExternalProgram.RequireVariable)))
        {
            Skip = $"{reason} (set {ExternalProgram.RequireVariable}=1 to make that a failure)";
        }
    }
}
