using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ArtifactLint.Git;

/// <summary>
/// Runs git in one folder. The caller's <c>GIT_*</c> variables are passed on (a hook's <c>GIT_INDEX_FILE</c>, a test's
/// isolated config); everything else is the process's own environment.
/// </summary>
internal sealed class GitProcess(string workingDirectory, IReadOnlyDictionary<string, string?> variables)
{
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Runs git and returns its standard output; a non-zero exit is null when <paramref name="mayFail"/>, else a <see cref="GitException"/>.</summary>
    public byte[]? Run(IReadOnlyList<string> arguments, bool mayFail = false, ReadOnlyMemory<byte> input = default)
    {
        using var output = new MemoryStream();
        return Stream(arguments, input, stdout => stdout.CopyTo(output), mayFail) ? output.ToArray() : null;
    }

    /// <summary>Runs git with <paramref name="input"/> on its standard input and hands its standard output to <paramref name="read"/> as it comes.</summary>
    public bool Stream(IReadOnlyList<string> arguments, ReadOnlyMemory<byte> input, Action<Stream> read, bool mayFail = false)
    {
        using var git = Start(arguments);
        var writing = Task.Run(() =>
        {
            using var stdin = git.StandardInput.BaseStream;
            stdin.Write(input.Span);
        });
        var errors = git.StandardError.ReadToEndAsync();
        read(git.StandardOutput.BaseStream);
        git.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
        writing.GetAwaiter().GetResult();
        var error = errors.GetAwaiter().GetResult();
        git.WaitForExit();
        return git.ExitCode == 0 || (mayFail ? false : throw new GitException($"git {string.Join(' ', arguments)} failed: {FirstLine(error)}"));
    }

    /// <summary>The output as text, without its last line break.</summary>
    public string? Text(IReadOnlyList<string> arguments, bool mayFail = false) =>
        Run(arguments, mayFail) is { } bytes ? Encoding.UTF8.GetString(bytes).TrimEnd('\n') : null;

    private Process Start(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in variables.Where(v => v.Key.StartsWith("GIT_", StringComparison.Ordinal)))
        {
            start.Environment[name] = value;
        }

        // A lint reads what is here: a partial clone must not fetch from its remote, nor git ask for a password.
        start.Environment["GIT_NO_LAZY_FETCH"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";

        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new GitException("git was not found on PATH; --staged, --new-since and the git hook need git");
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
