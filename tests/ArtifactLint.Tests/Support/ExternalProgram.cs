namespace ArtifactLint.Tests.Support;

/// <summary>
/// A program from the machine that a test needs (setpriv). Missing, the test is skipped, unless
/// ARTIFACTLINT_REQUIRE_EXTERNAL is set (CI sets it): then a missing program fails the test, so that CI never
/// passes a test it did not run (<see cref="Processes.UnprivilegedFactAttribute"/>).
/// </summary>
internal static class ExternalProgram
{
    public const string RequireVariable = "ARTIFACTLINT_REQUIRE_EXTERNAL";

    /// <summary>The program's full path from PATH, or null.</summary>
    public static string? Locate(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
