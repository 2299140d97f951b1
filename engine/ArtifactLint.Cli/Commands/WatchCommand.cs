using ArtifactLint.Reporting;
using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;
using IReporter = ArtifactLint.Reporting.IReporter;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint watch [PATH]</c>: lint, then lint again after every change, until Ctrl+C (exit 0).</summary>
internal static class WatchCommand
{
    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("watch", cmd =>
    {
        cmd.Description = "Lint the workspace, then again after every change to its documents, config, schemas or rules (recompiling changed rules), until Ctrl+C.";
        var path = cmd.Argument("PATH", "A folder in the workspace, or a file to report on (the whole workspace is still loaded); default: the current folder.");
        var config = cmd.Option("-c|--config <FILE>", "Use this config; its folder is the workspace root.", CommandOptionType.SingleValue);
        var format = cmd.Option("-f|--format <FMT>", "text (default) | json, written to stdout after every run.", CommandOptionType.SingleValue);
        var asOf = cmd.Option("--as-of <YYYY-MM-DD>", "The date time-based rules use (default: the config's as_of, else today, UTC).", CommandOptionType.SingleValue);
        var rules = cmd.Option("--rules <DIR>", "An extra folder of .csx rules (repeatable); watched too.", CommandOptionType.MultipleValue);
        var trust = cmd.Option("--trust-rules", "Lift the rule API allow-list (also ARTIFACTLINT_TRUST_RULES=full).", CommandOptionType.NoValue);
        var noCache = cmd.Option("--no-cache", "Neither read nor write the compiled-rule cache.", CommandOptionType.NoValue);
        var baseline = cmd.Option("--baseline <FILE>", "Hide the findings recorded in FILE (default: the config's baseline, else .artifactlint-baseline.json when it exists).", CommandOptionType.SingleValue);
        cmd.OnExecute(async () =>
        {
            IReporter reporter = format.Value() switch
            {
                null or "text" => new TextReporter(),
                "json" => new JsonReporter(),
                var other => throw new UsageException($"watch writes text or json; found '{other}' (for other formats, run 'artifactlint lint')"),
            };
            var request = new LintRequest
            {
                Paths = path.Value is { } p ? LintCommand.CheckedPaths([p], environment) : [],
                WorkingDirectory = environment.WorkingDirectory,
                ToolDirectory = environment.ToolDirectory,
                ConfigFile = LintCommand.CheckedConfig(config.Value(), environment),
                AsOf = LintCommand.ParseDate(asOf.Value()),
                RuleDirectories = LintCommand.CheckedFolders(rules.Values, environment),
                TrustRules = trust.HasValue() || environment.Variable("ARTIFACTLINT_TRUST_RULES") == "full",
                NoCache = noCache.HasValue(),
                CacheDirectory = environment.Variable("ARTIFACTLINT_CACHE_DIR"),
                BaselineFile = baseline.Value(),

                // Watch loads the rules again on every run: they must unload, or each run would leak their assemblies.
                CollectibleRules = true,
            };

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(environment.Cancellation);
            ConsoleCancelEventHandler onCtrlC = (_, e) =>
            {
                // The first Ctrl+C ends the watch cleanly; a second one, during a long run, ends the process.
                e.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCtrlC;
            try
            {
                await new WatchSession(request, reporter, environment).RunAsync(stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCtrlC;
            }

            return CliApp.Clean;
        });
    });
}
