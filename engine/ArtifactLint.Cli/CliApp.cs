namespace ArtifactLint.Cli;

/// <summary>The in-process entry point: parses arguments and runs one command.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        environment.Error.WriteLine("artifactlint: not implemented yet");
        return 2;
    }
}
