using ArtifactLint.Scaffolding;
using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint init [DIR]</c>: a commented config and one example document of each kind, which lint clean.</summary>
internal static class InitCommand
{
    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("init", cmd =>
    {
        cmd.Description = "Scaffold .artifactlint.yml and one example document of each kind. Never overwrites a file.";
        var folder = cmd.Argument("DIR", "The folder to write into; default: the current folder.");
        cmd.OnExecute(() => Run(Path.GetFullPath(folder.Value ?? ".", environment.WorkingDirectory), environment));
    });

    private static int Run(string folder, CliEnvironment environment)
    {
        var files = InitTemplate.Files(DateOnly.FromDateTime(DateTime.UtcNow));
        var existing = ScaffoldWriter.Existing(folder, files);
        if (existing.Count > 0)
        {
            environment.Error.WriteLine("artifactlint: init wrote nothing, because these files already exist:");
            foreach (var path in existing)
            {
                environment.Error.WriteLine($"  {path}");
            }

            environment.Error.WriteLine("Move them away, or run init in another folder.");
            return CliApp.Failure;
        }

        var written = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var full = Path.Combine(folder, file.RelativePath);
                ScaffoldWriter.Write(full, file.Text, overwrite: false);
                written.Add(full);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Half a scaffold would make the next init refuse; take back what this run wrote.
            written.ForEach(File.Delete);
            environment.Error.WriteLine($"artifactlint: init could not write into '{folder}': {e.Message}");
            return CliApp.Failure;
        }

        foreach (var file in files)
        {
            environment.Out.WriteLine($"created {file.RelativePath}");
        }

        environment.Out.WriteLine("Run 'artifactlint lint' to check them, then replace the examples with your own documents.");
        return CliApp.Clean;
    }
}
