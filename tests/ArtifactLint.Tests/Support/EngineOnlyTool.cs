namespace ArtifactLint.Tests.Support;

/// <summary>A tool folder with the schemas and no built-in rules, created once per test run.</summary>
internal static class EngineOnlyTool
{
    private static readonly Lazy<string> Entry = new(CopyTheCli);

    public static string Directory { get; } = Create();

    /// <summary>
    /// The CLI's assembly inside that folder, for a test that needs a process of its own (another user): it runs
    /// with the engine's diagnostics only, so no rule is compiled and the process starts in a fraction of a second.
    /// </summary>
    public static string ProcessEntry => Entry.Value;

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

    // The host resolves links to the app, so a linked artifactlint.dll would find the built-in rules beside its real file: copy.
    private static string CopyTheCli()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".dll", StringComparison.Ordinal) || name is "artifactlint.deps.json" or "artifactlint.runtimeconfig.json")
            {
                File.Copy(file, Path.Combine(Directory, name), overwrite: true);
            }
        }

        return Path.Combine(Directory, "artifactlint.dll");
    }
}
