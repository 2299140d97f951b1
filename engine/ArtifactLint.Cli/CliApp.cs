using ArtifactLint.Reporting;
using ArtifactLint.Cli.Commands;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Cli;

/// <summary>The in-process entry point: parses arguments and runs one command. Exit codes: 0 clean, 1 findings, 2 the tool could not do its job.</summary>
internal static class CliApp
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Failure = 2;

    public static int Run(string[] args, CliEnvironment environment)
    {
        using var app = new CommandLineApplication(new CliConsole(environment), environment.WorkingDirectory, throwOnUnexpectedArg: true)
        {
            Name = "artifactlint",
            Description = "Lints product documents (vision, goals, roadmap, backlog, sprints, releases, ideas) kept as Markdown with YAML front matter.",
        };
        app.HelpOption(inherited: true);
        app.VersionOption("--version", ToolInfo.Version);
        LintCommand.Register(app, environment);
        RulesCommand.Register(app, environment);
        InitCommand.Register(app, environment);
        HookCommand.Register(app, environment);
        WatchCommand.Register(app, environment);
        app.OnExecute(() =>
        {
            app.ShowHelp();
            return Failure;
        });
        ExitTwoOnValidationErrors(app, environment);

        try
        {
            return app.Execute(args);
        }
        catch (CommandParsingException e)
        {
            environment.Error.WriteLine($"artifactlint: {VisibleText.Of(e.Message)}");
            environment.Error.WriteLine($"Run '{e.Command.Name} --help' for usage.");
            return Failure;
        }
        catch (UsageException e)
        {
            // A usage error quotes what the user typed (a PATH), which may hold anything a file name can.
            environment.Error.WriteLine($"artifactlint: {VisibleText.Of(e.Message)}");
            return Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the tool, not of the user's input: say so plainly; the trace only on request.
            environment.Error.WriteLine($"artifactlint: internal error: {e.GetType().Name}: {VisibleText.Of(e.Message)}");
            environment.Error.WriteLine(environment.Variable("ARTIFACTLINT_DEBUG") == "1"
                ? e.ToString()
                : "This is a bug in ArtifactLint. Run again with ARTIFACTLINT_DEBUG=1 for the details, and report them.");
            return Failure;
        }
    }

    // McMaster's own validation (a missing required argument) answers 1 by default; a usage error is 2.
    private static void ExitTwoOnValidationErrors(CommandLineApplication command, CliEnvironment environment)
    {
        command.ValidationErrorHandler = result =>
        {
            environment.Error.WriteLine($"artifactlint: {VisibleText.Of(result.ErrorMessage ?? string.Empty)}");
            environment.Error.WriteLine($"Run '{command.Name} --help' for usage.");
            return Failure;
        };
        foreach (var sub in command.Commands)
        {
            ExitTwoOnValidationErrors(sub, environment);
        }
    }
}
