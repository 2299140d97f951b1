using ArtifactLint.Cli;

namespace ArtifactLint.Tests.Support;

/// <summary>The CLI run in-process: exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs with the built-in rules.</summary>
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string?>(), args);

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> variables, params string[] args) =>
        Run(workingDirectory, variables, AppContext.BaseDirectory, args);

    /// <summary>Runs with the engine's diagnostics only (no built-in rules), for tests of loading, schemas and the CLI itself.</summary>
    public static CliRun EngineOnly(string workingDirectory, params string[] args) => EngineOnly(workingDirectory, new Dictionary<string, string?>(), args);

    public static CliRun EngineOnly(string workingDirectory, IReadOnlyDictionary<string, string?> variables, params string[] args) =>
        Run(workingDirectory, variables, EngineOnlyTool.Directory, args);

    private static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> variables, string toolDirectory, string[] args)
    {
        var vars = new Dictionary<string, string?>(variables);
        vars.TryAdd("ARTIFACTLINT_CACHE_DIR", TestCache.Directory);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliEnvironment(stdout, stderr, workingDirectory, vars) { ToolDirectory = toolDirectory });
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
