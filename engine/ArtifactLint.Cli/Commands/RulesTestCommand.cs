using ArtifactLint.Configuration;
using ArtifactLint.Testing;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Cli.Commands;

/// <summary>
/// <c>artifactlint rules test [DIR]</c>: runs every fixture (a folder holding <c>.artifactlint.yml</c>) under DIR,
/// default the workspace's rule folders, and prints missing and unexpected findings. Exit 1 on any difference.
/// </summary>
internal static class RulesTestCommand
{
    public static void Register(CommandLineApplication rules, CliEnvironment environment) => rules.Command("test", cmd =>
    {
        cmd.Description = "Run rule fixtures: expected findings are marked in the fixture documents.";
        var dir = cmd.Argument("DIR", "A fixture, or a folder of fixtures; default: the workspace's rule folders.");
        var config = cmd.Option("-c|--config <FILE>", "Use this config instead of discovery.", CommandOptionType.SingleValue);
        var ruleDirs = cmd.Option("--rules <DIR>", "An extra folder of .csx rules (repeatable).", CommandOptionType.MultipleValue);
        cmd.OnExecute(() =>
        {
            // The workspace is found from DIR when given, so a fixture folder brings its team's rules; from a fixture
            // itself, above it: its own config is the fixture's (and may be broken on purpose), not the team's.
            var request = RulesCommand.Request(environment, config.Value(), ruleDirs.Values) with
            {
                Paths = dir.Value is { } d ? [WorkspaceOf(Path.GetFullPath(d, environment.WorkingDirectory))] : [],
            };
            if (RulesCommand.LoadConfig(request, environment) is not { } lintConfig)
            {
                return CliApp.Failure;
            }

            // The team's rules run inside each fixture, whose own config does not name them.
            var ruleFolders = request.RuleFolders(lintConfig).ToArray();
            var roots = dir.Value is { } given
                ? [Path.GetFullPath(given, environment.WorkingDirectory)]
                : ruleFolders;
            foreach (var root in roots.Where(r => !Directory.Exists(r)))
            {
                throw new UsageException($"the folder '{root}' does not exist");
            }

            var fixtures = roots.SelectMany(FixtureFolders).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (fixtures.Length == 0)
            {
                throw new UsageException("no fixtures found: a fixture is a folder holding its own .artifactlint.yml (see 'artifactlint rules new')");
            }

            var (failed, broken) = (0, 0);
            foreach (var fixture in fixtures)
            {
                var outcome = FixtureRunner.Run(fixture, request with { RuleDirectories = ruleFolders });
                environment.Out.Write(outcome.Describe(Path.GetRelativePath(environment.WorkingDirectory, fixture).Replace('\\', '/')) + "\n");
                failed += outcome.Passed ? 0 : 1;
                broken += outcome.CouldNotRun ? 1 : 0;
            }

            environment.Error.WriteLine($"{fixtures.Length} fixtures, {failed} failed" + (broken > 0 ? $", {broken} could not run (a rule that does not compile or load, or a config error)" : string.Empty));
            return broken > 0 ? CliApp.Failure : failed == 0 ? CliApp.Clean : CliApp.Findings;
        });
    });

    private static string WorkspaceOf(string dir) =>
        File.Exists(Path.Combine(dir, ConfigLoader.FileName)) && Path.GetDirectoryName(dir) is { } parent ? parent : dir;

    private static IEnumerable<string> FixtureFolders(string root) =>
        File.Exists(Path.Combine(root, ConfigLoader.FileName))
            ? [root]
            : Directory.EnumerateFiles(root, ConfigLoader.FileName, SearchOption.AllDirectories).Select(f => Path.GetDirectoryName(f)!);
}
