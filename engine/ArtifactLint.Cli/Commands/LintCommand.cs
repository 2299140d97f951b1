using System.Globalization;
using ArtifactLint.Api;
using ArtifactLint.Fixing;
using ArtifactLint.Loading;
using ArtifactLint.Reporting;
using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint lint [PATH...]</c>.</summary>
internal static class LintCommand
{
    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("lint", cmd =>
    {
        cmd.Description = "Lint the workspace. PATHs that are files restrict what is reported (the whole workspace is still loaded).";
        var paths = cmd.Argument("PATH", "Files or folders; default: the current folder.", multipleValues: true);
        var formats = cmd.Option("-f|--format <FMT>", "text (default) | json | sarif | github | junit; FMT:FILE writes that format to FILE (repeatable).", CommandOptionType.MultipleValue);
        var output = cmd.Option("-o|--output <FILE>", "Write the report to FILE (atomically) instead of stdout.", CommandOptionType.SingleValue);
        var failLevel = cmd.Option("--fail-level <LEVEL>", "Exit 1 on findings at or above: error (default) | warning | info.", CommandOptionType.SingleValue);
        var maxWarnings = cmd.Option<int>("--max-warnings <N>", "Exit 1 when there are more than N warnings.", CommandOptionType.SingleValue);
        var shared = RequestOptions.Register(cmd);
        var cache = cmd.Option("--cache <WHICH>", "Which caches to use: all (default: compiled rules, REV's findings and whole runs) | rules | none.", CommandOptionType.SingleValue);
        var staged = cmd.Option("--staged", "Lint git's index (what the commit will hold) instead of the working tree; implies --new-since HEAD.", CommandOptionType.NoValue);
        var newSince = cmd.Option("--new-since <REV>", "Report only findings that are not findings of REV (a commit, branch or tag), in any file.", CommandOptionType.SingleValue);
        var updateBaseline = cmd.Option("--update-baseline", "Record today's findings in the baseline file, replacing it.", CommandOptionType.NoValue);
        var fix = cmd.Option("--fix", $"Apply the findings' fixes, lint again and repeat (at most {Fixer.MostPasses} passes); then report what remains.", CommandOptionType.NoValue);
        var fixDryRun = cmd.Option("--fix-dry-run", "Print what --fix would change, as a unified diff, and change nothing; reports go only where -f FMT:FILE or -o send them.", CommandOptionType.NoValue);
        var fixRules = cmd.Option("--fix-rule <RULE>", "Apply only the fixes of RULE: an id, a name, or 'engine' for the engine's own (YAML and schema); repeatable.", CommandOptionType.MultipleValue);
        cmd.OnExecute(() =>
        {
            var targets = ReportTargets.Parse(formats.Values, output.Value(), environment.WorkingDirectory);
            var caches = ParseCache(cache.Value(), shared.NoCache);
            var fixing = FixOptions.Check(fix.HasValue(), fixDryRun.HasValue(), fixRules.Values, staged.HasValue() || newSince.HasValue(), updateBaseline.HasValue());
            var change = ChangeOf(staged.HasValue(), newSince.Value(), environment);
            if (change is not null && updateBaseline.HasValue())
            {
                throw new UsageException("--update-baseline records every finding of the working tree: run it without --staged and --new-since");
            }

            // A run against git checks its paths against what it lints (git's index, for --staged).
            var request = shared.Request(environment, paths.Values, checkPaths: change is null) with
            {
                NoCache = caches == "none",
                NoFindingsCache = caches != "all",
                UpdateBaseline = updateBaseline.HasValue(),
            };
            var level = ParseLevel(failLevel.Value());
            if (maxWarnings.HasValue() && maxWarnings.ParsedValue < 0)
            {
                throw new UsageException($"--max-warnings must be 0 or more; found {maxWarnings.ParsedValue}");
            }

            var max = maxWarnings.HasValue() ? maxWarnings.ParsedValue : (int?)null;
            int Lint(LintRequest run, CliEnvironment env) => Reported(change is null ? Linter.Run(run) : ChangeLinter.Run(run, change), run, env, toFiles: false);
            int Reported(LintResult result, LintRequest run, CliEnvironment env, bool toFiles)
            {
                var report = new Report(result, WorkspaceLocator.GitRoot(result.Root))
                {
                    FocusPaths = ReportFilter.FilePaths(run.Paths, env.WorkingDirectory, result.Root),
                    StepSummaryPath = env.Variable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary
                        ? Path.GetFullPath(summary, env.WorkingDirectory)
                        : null,
                };
                if (result.ConfigFailed)
                {
                    new TextReporter().Write(report, env.Error);
                    targets.WriteFiles(report);
                    return CliApp.Failure;
                }

                if (toFiles)
                {
                    targets.WriteFiles(report);
                }
                else
                {
                    targets.WriteAll(report, env.Out);
                }

                foreach (var note in result.Baseline?.Notes() ?? [])
                {
                    env.Error.WriteLine(VisibleText.Of(note));
                }

                env.Error.WriteLine(VisibleText.Of(report.Summary()));
                return ExitCode(report, level, max, env.Error);
            }

            if (fixing is { } fixes)
            {
                var outcome = Fixer.Run(request, fixes.Applies);
                if (fixes.Finish(outcome, outcome.Result.Root, environment, out var allWritten) is { } failed)
                {
                    return failed;
                }

                // A file left as it was is reported as it is.
                return Reported(allWritten ? outcome.Result : Linter.Run(request), request, environment, toFiles: fixes.DryRun);
            }

            // A run that writes nothing but its reports can be given again when nothing it reads has changed.
            var replayable = caches == "all" && change is null && !updateBaseline.HasValue() && request.Trace is null
                && environment.Variable("GITHUB_STEP_SUMMARY") is not { Length: > 0 };
            return replayable
                ? CachedLint.Run(request, Invocation(formats.Values, output.Value(), failLevel.Value(), max, environment), environment, targets, Lint)
                : Lint(request, environment);
        });
    });

    // What shapes the output besides the request and the files: the reports asked for, the exit code's options, the variables read.
    private static string Invocation(IEnumerable<string?> formats, string? output, string? failLevel, int? maxWarnings, CliEnvironment environment) =>
        string.Join('\n', formats.Select(f => "format " + f)
            .Append($"output {output}").Append($"fail-level {failLevel}").Append($"max-warnings {maxWarnings}")
            .Concat(environment.Variables
                .Where(v => v.Key.StartsWith("ARTIFACTLINT_", StringComparison.Ordinal) || v.Key.StartsWith("PRE_COMMIT_", StringComparison.Ordinal) || v.Key.StartsWith("GITHUB_", StringComparison.Ordinal))
                .OrderBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => $"variable {v.Key}={v.Value}")));

    private static int ExitCode(Report report, Severity failLevel, int? maxWarnings, TextWriter error)
    {
        if (report.Result.ToolFailed)
        {
            return CliApp.Failure;
        }

        var failing = report.Findings.Any(d => d.Severity >= failLevel);
        var tooManyWarnings = maxWarnings is { } max && report.Count(Severity.Warning) > max;
        if (tooManyWarnings && !failing)
        {
            error.WriteLine($"artifactlint: too many warnings ({report.Count(Severity.Warning)}, at most {maxWarnings} allowed by --max-warnings)");
        }

        return failing || tooManyWarnings ? CliApp.Findings : CliApp.Clean;
    }

    public static IReadOnlyList<string> CheckedPaths(IEnumerable<string?> paths, CliEnvironment environment)
    {
        var list = paths.OfType<string>().ToArray();
        foreach (var path in list)
        {
            var full = Path.GetFullPath(path, environment.WorkingDirectory);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException($"the path '{path}' does not exist");
            }
        }

        return list;
    }

    public static IReadOnlyList<string> CheckedFolders(IEnumerable<string?> folders, CliEnvironment environment)
    {
        var list = folders.OfType<string>().ToArray();
        foreach (var folder in list.Where(f => !Directory.Exists(Path.GetFullPath(f, environment.WorkingDirectory))))
        {
            throw new UsageException($"the rule folder '{folder}' does not exist");
        }

        return list;
    }

    public static string? CheckedConfig(string? config, CliEnvironment environment) =>
        config is null || File.Exists(Path.GetFullPath(config, environment.WorkingDirectory))
            ? config
            : throw new UsageException($"the config file '{config}' does not exist");

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--as-of must be a date written YYYY-MM-DD; found '{text}'");

    private static string ParseCache(string? which, bool none) => (which, none) switch
    {
        (null, true) or ("none", _) => "none",
        (null, false) or ("all", false) => "all",
        ("rules", false) => "rules",
        ("all" or "rules", true) => throw new UsageException($"--no-cache and --cache {which} contradict each other: give one"),
        _ => throw new UsageException($"--cache must be all, rules or none; found '{which}'"),
    };

    // The pre-commit framework passes a range (pre-push, run --from-ref) in its environment: compare with its start.
    private static ChangeRequest? ChangeOf(bool staged, string? since, CliEnvironment environment)
    {
        if (since is { Length: 0 })
        {
            throw new UsageException("--new-since needs a revision: a commit, branch or tag (HEAD, origin/main)");
        }

        var (from, to) = (environment.Variable("PRE_COMMIT_FROM_REF"), environment.Variable("PRE_COMMIT_TO_REF"));
        var range = staged && since is null && from is { Length: > 0 } && to is { Length: > 0 };
        return staged || since is not null
            ? new ChangeRequest(staged, range ? from : since, range ? to : null, environment.Variables)
            : null;
    }

    private static Severity ParseLevel(string? text) =>
        text is null ? Severity.Error : SeverityNames.Parse(text) ?? throw new UsageException($"--fail-level must be error, warning or info; found '{text}'");
}
