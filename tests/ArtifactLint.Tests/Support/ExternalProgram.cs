using Xunit.Abstractions;

namespace ArtifactLint.Tests.Support;

/// <summary>
/// A program from the machine that a test needs (setpriv). Missing, the test passes with a note, unless
/// ARTIFACTLINT_REQUIRE_EXTERNAL is set (CI sets it): then a missing program fails the test, so that CI never
/// passes a test it did not run.
/// </summary>
internal static class ExternalProgram
{
    public const string RequireVariable = "ARTIFACTLINT_REQUIRE_EXTERNAL";

    /// <summary>The program's full path, or null (with a note in the test's output) when it is missing and not required.</summary>
    public static string? Find(string name, ITestOutputHelper output)
    {
        var found = Locate(name);
        if (found is null)
        {
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequireVariable)), $"'{name}' is not on PATH, and {RequireVariable} says the tests that need it must run");
            output.WriteLine($"skipped: '{name}' is not on PATH (set {RequireVariable}=1 to make that a failure)");
        }

        return found;
    }

    /// <summary>The program's full path from PATH, or null.</summary>
    public static string? Locate(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
