using System.ComponentModel;
using System.Diagnostics;

namespace ArtifactLint.Cli.Commands;

/// <summary>Where git keeps a repository's work tree and hooks, asked of git itself so that worktrees and <c>core.hooksPath</c> are honoured.</summary>
internal sealed record GitRepository(string TopLevel, string HooksFolder)
{
    public static GitRepository Find(string workingDirectory)
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "--show-toplevel", "--git-path", "hooks"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
