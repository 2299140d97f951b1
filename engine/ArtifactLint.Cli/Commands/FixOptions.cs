using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;
using ArtifactLint.Fixing;

namespace ArtifactLint.Cli.Commands;

/// <summary>
/// <c>--fix</c>, <c>--fix-dry-run</c> and <c>--fix-rule</c>: which fixes to apply, and what becomes of them — written
/// to the files (atomically, each file's mode kept), or printed as a unified diff on stdout.
/// </summary>
/// <param name="DryRun">Whether to print the changes instead of writing them.</param>
/// <param name="Rules">The rules whose fixes apply (ids or names, or <c>engine</c>); empty for all.</param>
internal sealed record FixOptions(bool DryRun, IReadOnlyList<string> Rules)
{

    /// <summary>The options asked for, or null without <c>--fix</c> and <c>--fix-dry-run</c>; a usage error for a combination that cannot work.</summary>
    public static FixOptions? Check(bool fix, bool dryRun, IEnumerable<string?> rules, bool againstGit, bool updateBaseline)
    {
        var chosen = rules.OfType<string>().ToList();
        if (!fix && !dryRun)
        {
            return chosen.Count > 0 ? throw new UsageException("--fix-rule chooses which fixes --fix applies: add --fix or --fix-dry-run") : null;
        }

        if (fix && dryRun)
        {
            throw new UsageException("--fix changes the files and --fix-dry-run only shows the changes: choose one");
        }

        if (againstGit)
        {
            throw new UsageException("--fix edits the working tree, but --staged and --new-since lint git's index or a commit: fix without them, then stage the fixes");
        }

        return updateBaseline
            ? throw new UsageException("--update-baseline records the findings as they are: run it without --fix")
            : new FixOptions(dryRun, chosen);
    }

    /// <summary>Whether <paramref name="diagnostic"/>'s fix is one to apply.</summary>
    public bool Applies(Diagnostic diagnostic) =>
        Rules.Count == 0 || Rules.Any(r => r == "engine" ? EngineRules.All.Any(e => e.Id == diagnostic.Id) : r == diagnostic.Id || r == diagnostic.Descriptor.Name);

    /// <summary>
    /// Writes the fixed files (or, for a dry run, prints their diff) and says what was fixed on stderr; an exit code
    /// when the run must stop there, else null to go on and report the findings that remain. <paramref name="allWritten"/>
    /// is false when a file could not be written: the findings of the fixed text are then not those of the files.
    /// </summary>
    public int? Finish(FixOutcome outcome, string root, CliEnvironment environment, out bool allWritten)
    {
        allWritten = true;
        if (outcome.Result.ConfigFailed)
        {
            return null;
        }

        var known = outcome.Result.Rules.SelectMany(r => new[] { r.Id, r.Name }).Append("engine").ToHashSet(StringComparer.Ordinal);
        if (Rules.FirstOrDefault(r => !known.Contains(r)) is { } unknown)
        {
            var closest = Suggestions.Closest(unknown, known);
            environment.Error.WriteLine($"artifactlint: --fix-rule '{unknown}' names no rule of this workspace" + (closest is null ? ": see 'artifactlint rules list'" : $". Did you mean '{closest}'?"));
            return CliApp.Failure;
        }

        if (outcome.Problem is { } problem)
        {
            environment.Error.WriteLine($"artifactlint: {problem}");
        }

        var written = new List<FixedFile>();
        foreach (var file in outcome.Files)
        {
            if (DryRun)
            {
                environment.Out.Write(UnifiedDiff.Of(file.Path, file.Before, file.After));
                written.Add(file);
            }
            else if (Write(Path.Combine(root, file.Path), file, environment.Error))
            {
                written.Add(file);
            }
            else
            {
                allWritten = false;
            }
        }

        var count = written.Sum(f => f.Fixes);
        var files = written.Count == 1 ? "1 file" : $"{written.Count} files";
        var findings = count == 1 ? "1 finding" : $"{count} findings";
        environment.Error.WriteLine(DryRun ? $"would fix {findings} in {files}" : $"fixed {findings} in {files}");
        return null;
    }

    // Written over the file only when it still holds what was read: a file changed meanwhile is left as it is.
    private static bool Write(string path, FixedFile file, TextWriter error)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (!file.StillIn(bytes))
            {
                error.WriteLine($"artifactlint: {file.Path} changed while it was being fixed: it was left as it is; run --fix again");
                return false;
            }

            UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
            var fixedBytes = file.Fixed(bytes);
            AtomicFile.WriteBytes(path, stream => stream.Write(fixedBytes), overwrite: true, mode);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FileWriteException)
        {
            error.WriteLine($"artifactlint: {file.Path} could not be written ({e.Message}): it was left as it is");
            return false;
        }
    }
}
