using ArtifactLint.Reporting;
using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint rules list</c>: every rule with its id, name, severity for this workspace, title and source.</summary>
internal static class RulesListCommand
{
    public static void Register(CommandLineApplication rules, CliEnvironment environment) => rules.Command("list", cmd =>
    {
        cmd.Description = "List every rule: id, name, severity, title, source (engine or its .csx file).";
        var config = cmd.Option("-c|--config <FILE>", "Use this config instead of discovery.", CommandOptionType.SingleValue);
        var ruleDirs = cmd.Option("--rules <DIR>", "An extra folder of .csx rules (repeatable).", CommandOptionType.MultipleValue);
        cmd.OnExecute(() =>
        {
            var request = RulesCommand.Request(environment, config.Value(), ruleDirs.Values);
            if (RulesCommand.LoadConfig(request, environment) is not { } lintConfig)
            {
                return CliApp.Failure;
            }

            var (entries, problems) = RuleCatalog.List(lintConfig, request);
            var rows = entries.Select(e => new[] { e.Descriptor.Id, e.Descriptor.Name, e.Severity, e.Descriptor.Title, e.Source }).ToList();
            rows.Insert(0, ["ID", "NAME", "SEVERITY", "TITLE", "SOURCE"]);
            var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
            foreach (var row in rows)
            {
                environment.Out.Write(string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[4] + "\n");
            }

            TextReporter.WriteAll(problems, environment.Error);
            return problems.Count > 0 ? CliApp.Failure : CliApp.Clean;
        });
    });
}
