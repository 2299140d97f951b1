namespace ArtifactLint.Tests.Support;

/// <summary>A tool folder with the schemas and no built-in rules, created once per test run.</summary>
internal static class EngineOnlyTool
{
    public static string Directory { get; } = Create();

    private static string Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "artifactlint-tests-engine-only-" + Environment.ProcessId);
        var schemas = Path.Combine(dir, "schemas");
        System.IO.Directory.CreateDirectory(schemas);
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "schemas")))
        {
            File.Copy(file, Path.Combine(schemas, Path.GetFileName(file)), overwrite: true);
        }

        return dir;
    }
}
