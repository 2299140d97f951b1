using ArtifactLint.Reporting;
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
        var format = cmd.Option("-f|--format <FMT>", "text (default) | json, written to stdout after every run.", CommandOptionType.SingleValue);
        var shared = RequestOptions.Register(cmd, "; watched too");
        cmd.OnExecute(async () =>
        {
            IReporter reporter = format.Value() switch
            {
                null or "text" => new TextReporter(),
                "json" => new JsonReporter(),
                var other => throw new UsageException($"watch writes text or json; found '{other}' (for other formats, run 'artifactlint lint')"),
            };
            // Watch loads the rules again on every run: they must unload, or each run would leak their assemblies.
            var request = shared.Request(environment, path.Value is { } p ? [p] : []) with { CollectibleRules = true };

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
