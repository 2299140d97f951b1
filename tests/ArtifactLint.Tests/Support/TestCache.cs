namespace ArtifactLint.Tests.Support;

/// <summary>One compiled-rule cache folder for the whole test run, so tests never touch the user's cache.</summary>
internal static class TestCache
{
    public static string Directory { get; } = CreateDirectory();

    private static string CreateDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "artifactlint-tests-cache-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
