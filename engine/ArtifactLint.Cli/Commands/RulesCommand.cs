using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint rules list|explain|new|test</c>.</summary>
internal static class RulesCommand
{
    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("rules", cmd =>
    {
        cmd.Description = "List, explain, scaffold and test rules.";
        cmd.OnExecute(() =>
        {
            cmd.ShowHelp();
            return CliApp.Failure;
        });
    });
}
