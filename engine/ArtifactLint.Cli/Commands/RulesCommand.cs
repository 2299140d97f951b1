using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint rules list|explain|new|test</c>.</summary>
internal static class RulesCommand
{
    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("rules", cmd =>
    {
        cmd.Description = "List, explain, scaffold and test rules.";
        RulesListCommand.Register(cmd, environment);
        RulesExplainCommand.Register(cmd, environment);
        RulesNewCommand.Register(cmd, environment);
        RulesTestCommand.Register(cmd, environment);
        cmd.OnExecute(() =>
        {
            cmd.ShowHelp();
            return CliApp.Failure;
        });
    });

    /// <summary>The workspace's config, or null after printing its errors (the command then exits 2).</summary>
    public static Settings.LintConfig? LoadConfig(Running.LintRequest request, CliEnvironment environment, bool ruleFoldersExist = true)
    {
        var (_, loaded) = Running.WorkspaceConfig.Locate(request, ruleFoldersExist);
        if (loaded.Config is null)
        {
            Reporting.TextReporter.WriteAll(loaded.Errors, environment.Error);
        }

        return loaded.Config;
    }

    /// <summary>The request every rules command starts from: the workspace around the working directory.</summary>
    public static Running.LintRequest Request(CliEnvironment environment, string? config, IEnumerable<string?> ruleDirectories) => new()
    {
        WorkingDirectory = environment.WorkingDirectory,
        ToolDirectory = environment.ToolDirectory,
        ConfigFile = config,
        RuleDirectories = ruleDirectories.OfType<string>().ToArray(),
        CacheDirectory = environment.CacheDirectory,
        TrustRules = environment.TrustsRules,
    };
}
