using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Cli.Commands;

/// <summary>
/// <c>artifactlint rules explain ID|NAME</c>: prints the rule's documentation page, offline. Rule files are
/// named <c>{Id}-{name}.csx</c> with the page beside them, so no rule is compiled to find it.
/// </summary>
internal static class RulesExplainCommand
{
    public static void Register(CommandLineApplication rules, CliEnvironment environment) => rules.Command("explain", cmd =>
    {
        cmd.Description = "Print a rule's documentation page.";
        var rule = cmd.Argument("ID|NAME", "The rule's id (AL4001) or name (sprint-capacity).").IsRequired();
        var config = cmd.Option("-c|--config <FILE>", "Use this config instead of discovery.", CommandOptionType.SingleValue);
        var ruleDirs = cmd.Option("--rules <DIR>", "An extra folder of .csx rules (repeatable).", CommandOptionType.MultipleValue);
        cmd.OnExecute(() =>
        {
            var request = RulesCommand.Request(environment, config.Value(), ruleDirs.Values);
            var (_, loaded) = WorkspaceConfig.Locate(request);
            var pages = RuleCatalog.Pages(request, loaded.Config);
            var key = rule.Value!;
            var page = pages.FirstOrDefault(p => p.Id == key || p.Name == key);
            if (page is null)
            {
                var suggestion = Suggestions.Closest(key, pages.SelectMany(p => new[] { p.Id, p.Name }));
                throw new UsageException($"no rule has the id or name '{key}'" + (suggestion is null ? ": run 'artifactlint rules list'" : $". Did you mean '{suggestion}'?"));
            }

            if (!File.Exists(page.Path))
            {
                throw new UsageException($"rule {page.Id} ({page.Name}) has no documentation page: expected {page.Path}");
            }

            // A team's page is a file of the repository: read it as a document is (a link to a device is refused, not read forever).
            var text = TextFileReader.Read(page.Path, page.Path, FileSizeLimit.Default);
            environment.Out.Write(text.Text ?? throw new UsageException($"the documentation page of rule {page.Id} ({page.Name}) cannot be read: {text.Diagnostic!.Message}"));
            return CliApp.Clean;
        });
    });
}
