using System.Diagnostics;

namespace ArtifactLint.Tests.Packaging;

/// <summary>A child process run to completion: exit code and its output, stdout and stderr interleaved as the lines arrived.</summary>
internal sealed record ProcessRun(int ExitCode, string Output)
{
    /// <summary>Git isolated from the machine's global and system config, with a fixed identity.</summary>
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
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        foreach (var (name, value) in variables)
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
