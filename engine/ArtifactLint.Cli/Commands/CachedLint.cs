using ArtifactLint.Files;
using ArtifactLint.Running;

namespace ArtifactLint.Cli.Commands;

/// <summary>
/// A <c>lint</c> of the working tree through the run cache: when nothing it reads has changed since a run kept its output
/// (<see cref="RunInputs"/>), that output is given again — stdout, stderr, report files and exit code, byte for byte —
/// without linting; otherwise it lints and keeps what it gave. Runs that exit 2 are never kept: a rule that ran out
/// of time may finish the next time.
/// </summary>
internal static class CachedLint
{
    public static int Run(LintRequest request, string invocation, CliEnvironment environment, ReportTargets targets, Func<LintRequest, CliEnvironment, int> lint)
    {
        var (_, loaded) = WorkspaceConfig.Locate(request);
        if (loaded.Config is not { } config || request.CacheDirectory is not { } folder)
        {
            return lint(request, environment);
        }

        var inputs = RunInputs.Read(config, request, invocation);
        var cache = new RunCache(folder);
        if (cache.TryRead(inputs.Digest) is { } kept)
        {
            foreach (var (shown, text) in kept.Files)
            {
                AtomicFile.WriteRequested("report", shown, Path.GetFullPath(shown, environment.WorkingDirectory), w => w.Write(text));
            }

            environment.Out.Write(kept.Out);
            environment.Error.Write(kept.Error);
            return kept.ExitCode;
        }

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var documents = DocumentCache.Open(folder, inputs);
        var exitCode = lint(
            request with { Files = inputs.Walk, AsOf = request.AsOf ?? config.AsOf ?? inputs.Today, Documents = documents },
            environment with { Out = new TeeWriter(environment.Out, stdout), Error = new TeeWriter(environment.Error, stderr) });
        var unchanged = inputs.Unchanged();
        if (exitCode is CliApp.Clean or CliApp.Findings && unchanged)
        {
            cache.Write(inputs.Digest, new RunRecord(exitCode, stdout.ToString(), stderr.ToString(), targets.Written));
        }

        // What a document's own steps found holds whatever the rules did, as long as nothing changed under the run.
        if (unchanged)
        {
            documents.Save();
        }

        return exitCode;
    }
}
