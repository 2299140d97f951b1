using System.Globalization;
using ArtifactLint.Files;
using ArtifactLint.Loading;
using ArtifactLint.Reporting;
using ArtifactLint.Running;
using ArtifactLint.Watching;

namespace ArtifactLint.Cli.Commands;

/// <summary>
/// One <c>watch</c>: a lint at the start, then one after each quiet batch of changes, until cancelled. Between runs it
/// keeps the workspace open (<see cref="LintSession"/>): a batch of changed documents reads only those again; a change
/// to the config, a schema, a rule or an ignore file opens the workspace anew.
/// </summary>
internal sealed class WatchSession(LintRequest request, IReporter reporter, CliEnvironment environment)
{
    /// <summary>How long the files must stay unchanged before a re-lint: an editor's save is several writes.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);

    private const int ChangesNamed = 3;

    private LintSession? _session;
    private string _root = "";

    // A JSON report stream stays parseable with the separators on stderr; text keeps them between its reports.
    private TextWriter SeparatorWriter => reporter is JsonReporter ? environment.Error : environment.Out;

    public async Task RunAsync(CancellationToken cancellation)
    {
        using var monitor = new ChangeMonitor();
        var root = Lint(monitor, changes: null);
        environment.Error.WriteLine($"Watching {VisibleText.OfPath(root)} for changes; press Ctrl+C to stop.");
        try
        {
            while (true)
            {
                var changes = await monitor.NextBatchAsync(QuietPeriod, cancellation);
                SeparatorWriter.WriteLine($"--- {DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {Describe(changes)} ---");
                Lint(monitor, changes);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            _session?.Dispose();
        }

        environment.Error.WriteLine("Stopped watching.");
    }

    private static string Describe(IReadOnlyList<string> changes)
    {
        var named = changes.Where(c => c != ".").Select(VisibleText.OfPath).ToArray();
        return named.Length switch
        {
            0 => "files changed",
            <= ChangesNamed => $"{string.Join(", ", named)} changed",
            _ => $"{string.Join(", ", named.Take(ChangesNamed))} and {named.Length - ChangesNamed} more changed",
        };
    }

    // Watches before it lints, so that a save during the run is the next batch rather than lost. Returns the root.
    private string Lint(ChangeMonitor monitor, IReadOnlyList<string>? changes)
    {
        LintResult result;
        try
        {
            if (changes is not null && _session is { } open && open.Apply(changes))
            {
                result = open.Lint();
            }
            else
            {
                var session = Reopen(monitor);
                result = session.Lint();

                // A new session may have compiled rules into the cache: past its budget, the entries used longest ago go.
                if (!request.NoCache && request.CacheDirectory is { } cache && session.Config is { } config)
                {
                    CacheTrim.TrimIfGrown(cache, config.CacheSize);
                }
            }
        }
        catch (Exception e)
        {
            // Files change under a watch (half-written, deleted mid-read): the next save gets a fresh run.
            _session?.Dispose();
            _session = null;
            environment.Error.WriteLine($"artifactlint: the lint could not finish: {VisibleText.Of(e.Message)}. Watching continues; save a file to run it again.");
            return _root;
        }

        var report = new Report(result, WorkspaceLocator.GitRoot(result.Root))
        {
            FocusPaths = ReportFilter.FilePaths(request.Paths, environment.WorkingDirectory, result.Root),
        };
        if (result.ConfigFailed)
        {
            new TextReporter().Write(report, environment.Error);
            environment.Error.WriteLine("The config has errors: nothing was linted. Watching continues; fix them and save.");
            return _root;
        }

        reporter.Write(report, environment.Out);
        foreach (var note in result.Baseline?.Notes() ?? [])
        {
            environment.Error.WriteLine(VisibleText.Of(note));
        }

        environment.Error.WriteLine(VisibleText.Of(report.Summary()));
        return _root;
    }

    // The config may have moved the rule and schema folders: what is watched is decided again with every new session.
    private LintSession Reopen(ChangeMonitor monitor)
    {
        _session?.Dispose();
        _session = null;
        var (root, folders) = WatchTargets.For(request);
        _root = root;
        foreach (var problem in monitor.Watch(root, folders))
        {
            environment.Error.WriteLine($"artifactlint: {VisibleText.Of(problem)}");
        }

        // Disposing a session unloads its rules, so a rule edited between runs leaves no old assembly behind.
        return _session = LintSession.Open(request);
    }
}
