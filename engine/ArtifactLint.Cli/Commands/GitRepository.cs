using ArtifactLint.Running;
using System.ComponentModel;
using System.Diagnostics;

namespace ArtifactLint.Cli.Commands;

/// <summary>Where git keeps a repository's work tree and hooks, asked of git itself so that worktrees and <c>core.hooksPath</c> are honoured.</summary>
internal sealed record GitRepository(string TopLevel, string HooksFolder)
{
    /// <summary>Asks git from <paramref name="workingDirectory"/>, with the environment's <c>GIT_*</c> variables (the CLI's environment is a parameter, so tests isolate git from the machine's config).</summary>
    public static GitRepository Find(string workingDirectory, IReadOnlyDictionary<string, string?> variables)
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "--show-toplevel", "--git-path", "hooks"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in variables.Where(v => v.Key.StartsWith("GIT_", StringComparison.Ordinal)))
        {
            start.Environment[name] = value;
        }

        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (git.ExitCode != 0 || lines.Length != 2)
            {
                throw new UsageException($"'{workingDirectory}' is not inside a git repository (with a work tree); run this in your repository");
            }

            return new GitRepository(Path.GetFullPath(lines[0]), Path.GetFullPath(lines[1], workingDirectory));
        }
        catch (Win32Exception)
        {
            throw new UsageException("git was not found on PATH; installing a git hook needs git");
        }
    }
}
