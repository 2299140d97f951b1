using ArtifactLint.Configuration;
using ArtifactLint.Running;
using ArtifactLint.Scaffolding;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;
using ArtifactLint.Loading;
using ArtifactLint.Settings;

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
            if (RulesCommand.LoadConfig(request, environment, ruleFoldersExist: false) is not { } lintConfig)
            {
                return CliApp.Failure;
            }

            var folder = request.RuleFolders(lintConfig).FirstOrDefault()
                ?? Path.Combine(lintConfig.Root, RuleScaffold.DefaultFolder);
            if (RuleCatalog.TakenBy(name.Value!, lintConfig, request) is { } owner)
            {
                throw new UsageException($"a rule named '{name.Value}' already exists ({owner}): rule names are unique, because the config and suppressions accept them; choose another name");
            }

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
                environment.Out.Write(AddRuleFolder(lintConfig, environment) + "\n");
            }

            environment.Out.Write($"next: write the rule, then run 'artifactlint rules test' until its fixture passes\n");
            return CliApp.Clean;
        });
    });

    // Without rule_paths, lint and rules test would not find the new rule: the key is added at the end of the config,
    // which keeps its comments; a config that has the key in some other shape is left for the reader to edit.
    private static string AddRuleFolder(LintConfig config, CliEnvironment environment)
    {
        var entry = $"rule_paths: [{RuleScaffold.DefaultFolder}]";
        var path = config.Path ?? Path.Combine(config.Root, ConfigLoader.FileName);
        var shown = Path.GetRelativePath(environment.WorkingDirectory, path).Replace('\\', '/');
        var text = File.Exists(path) ? TextFileReader.Read(path, shown, FileSizeLimit.Default).Text ?? string.Empty : string.Empty;
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^rule_paths\s*:", System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            return $"add '{RuleScaffold.DefaultFolder}' to rule_paths in {shown}, so that lint and rules test run the rule";
        }

        var separator = text.Length == 0 || text.EndsWith('\n') ? string.Empty : "\n";
        AtomicFile.WriteRequested("config", shown, path, w => w.Write(text + separator + entry + "\n"));
        return $"added {entry} to {shown}, so that lint and rules test run the rule";
    }
}
