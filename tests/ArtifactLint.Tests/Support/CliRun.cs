using ArtifactLint.Cli;

namespace ArtifactLint.Tests.Support;

/// <summary>The CLI run in-process: exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string?>(), args);

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> variables, params string[] args)
    {
        var vars = new Dictionary<string, string?>(variables);
        vars.TryAdd("ARTIFACTLINT_CACHE_DIR", TestCache.Directory);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliEnvironment(stdout, stderr, workingDirectory, vars));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
