using System.Diagnostics;

namespace ArtifactLint.Tests.Packaging;

/// <summary>A child process run to completion: exit code and its output, stdout and stderr interleaved as the lines arrived.</summary>
internal sealed record ProcessRun(int ExitCode, string Output)
{
    /// <summary>Keeps git away from the machine's global and system config (a global core.hooksPath would take the hooks elsewhere).</summary>
    public static IReadOnlyDictionary<string, string> IsolatedGit { get; } = new Dictionary<string, string>
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CEILING_DIRECTORIES"] = Path.TrimEndingDirectorySeparator(Path.GetTempPath()),
        ["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null",
        ["GIT_AUTHOR_NAME"] = "Test",
        ["GIT_COMMITTER_NAME"] = "Test",
        ["GIT_AUTHOR_EMAIL"] = "test@example.com",
        ["GIT_COMMITTER_EMAIL"] = "test@example.com",
    };

    /// <summary>Git isolated from the machine's global and system config (<see cref="IsolatedGit"/>), with a fixed identity.</summary>
    public static ProcessRun Git(string workingDirectory, params string[] args) => Run("git", args, workingDirectory, new Dictionary<string, string>());

    public static ProcessRun Git(string workingDirectory, IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Run("git", args, workingDirectory, variables);

    public static ProcessRun Run(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> variables)
    {
        var start = new ProcessStartInfo(fileName, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in IsolatedGit.Concat(variables))
        {
            start.Environment[name] = value;
        }

        var output = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output.ToString());
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
