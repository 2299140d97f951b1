using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;

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

            var unreadable = new List<Diagnostic>();
            using var scripts = RulePhase.Load(lintConfig, request, unreadable);
            var errors = new List<Diagnostic>();
            var settings = RuleSettings.Resolve(lintConfig, EngineRules.All.Concat(scripts.Rules.Select(r => r.Descriptor)), errors);
            var rows = EngineRules.All.Select(d => (d, "engine"))
                .Concat(scripts.Rules.Select(r => (r.Descriptor, r.Source.DisplayPath)))
                .OrderBy(r => r.Item1.Id, StringComparer.Ordinal)
                .Select(r => new[] { r.Item1.Id, r.Item1.Name, SeverityOf(r.Item1, settings), r.Item1.Title, r.Item2 })
                .ToList();
            rows.Insert(0, ["ID", "NAME", "SEVERITY", "TITLE", "SOURCE"]);
            var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
            foreach (var row in rows)
            {
                environment.Out.Write(string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[4] + "\n");
            }

            TextReporter.WriteAll([.. errors, .. unreadable, .. scripts.Diagnostics], environment.Error);
            return errors.Count + unreadable.Count + scripts.Diagnostics.Count > 0 ? CliApp.Failure : CliApp.Clean;
        });
    });

    private static string SeverityOf(RuleDescriptor descriptor, RuleSettings settings) =>
        settings.IsOff(descriptor) ? "off" : TextReporter.SeverityName(settings.For(descriptor).Configured ?? descriptor.DefaultSeverity);
}
