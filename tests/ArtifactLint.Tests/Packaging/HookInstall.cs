using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Packaging;

/// <summary><c>artifactlint hook install</c> run in-process, with git kept away from the machine's config.</summary>
internal static class HookInstall
{
    private static readonly Dictionary<string, string?> Variables =
        ProcessRun.IsolatedGit.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal);

    public static CliRun Run(string workingDirectory, params string[] options) =>
        CliRun.Run(workingDirectory, Variables, ["hook", "install", .. options]);

    public static CliRun Uninstall(string workingDirectory) => CliRun.Run(workingDirectory, Variables, "hook", "uninstall");
}
