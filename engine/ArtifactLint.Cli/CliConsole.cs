using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli;

/// <summary>McMaster's console over the writers of a <see cref="CliEnvironment"/>, so tests capture output in-process.</summary>
internal sealed class CliConsole(CliEnvironment environment) : IConsole
{
    public event ConsoleCancelEventHandler? CancelKeyPress
    {
        add { }
        remove { }
    }

    public TextWriter Out => environment.Out;

    public TextWriter Error => environment.Error;

    public TextReader In => TextReader.Null;

    public bool IsInputRedirected => true;

    public bool IsOutputRedirected => true;

    public bool IsErrorRedirected => true;

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public void ResetColor()
    {
    }
}
