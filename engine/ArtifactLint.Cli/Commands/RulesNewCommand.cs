using ArtifactLint.Configuration;
using ArtifactLint.Running;
using ArtifactLint.Scaffolding;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint rules new NAME</c>: a team rule, its doc page and a fixture that fails until the rule is written.</summary>
internal static class RulesNewCommand
{
    public static void Register(CommandLineApplication rules, CliEnvironment environment) => rules.Command("new", cmd =>
    {
        cmd.Description = "Scaffold a team rule (.csx with the team's prefix), its doc page and a failing fixture in the workspace's rule folder.";
        var name = cmd.Argument("NAME", "The rule's kebab-case name, e.g. item-has-owner.").IsRequired();
        var config = cmd.Option("-c|--config <FILE>", "Use this config instead of discovery.", CommandOptionType.SingleValue);
        cmd.OnExecute(() =>
        {
            var request = RulesCommand.Request(environment, config.Value(), []);
            if (RulesCommand.LoadConfig(request, environment) is not { } lintConfig)
            {
                return CliApp.Failure;
            }

            var folder = WorkspaceFiles.RuleFolders(lintConfig, request).FirstOrDefault()
                ?? Path.Combine(lintConfig.Root, RuleScaffold.DefaultFolder);
            RuleScaffold scaffold;
            try
            {
                scaffold = RuleScaffold.Create(name.Value!, lintConfig.RulePrefix ?? RuleScaffold.DefaultPrefix, folder);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var existing = scaffold.Files.Keys.Where(File.Exists).ToArray();
            if (existing.Length > 0)
            {
                environment.Error.WriteLine($"artifactlint: not overwriting {string.Join(", ", existing)}");
                return CliApp.Failure;
            }

            foreach (var (path, text) in scaffold.Files)
            {
                var shown = Path.GetRelativePath(environment.WorkingDirectory, path).Replace('\\', '/');
                AtomicFile.WriteRequested("rule scaffold", shown, path, w => w.Write(text));
                environment.Out.Write($"created {shown}\n");
            }

            if (lintConfig.RulePaths.Count == 0)
            {
                environment.Out.Write($"add this to {ConfigLoader.FileName} so lint runs the rule: rule_paths: [{RuleScaffold.DefaultFolder}]\n");
            }

            environment.Out.Write($"next: write the rule, then run 'artifactlint rules test' until its fixture passes\n");
            return CliApp.Clean;
        });
    });
}
