using ArtifactLint.Reporting;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Cli.Commands;

/// <summary>The reports a run writes: each a format and a file (as the user wrote it), or stdout for at most one of them.</summary>
internal sealed class ReportTargets
{
    private readonly IReadOnlyList<(IReporter Reporter, string? File)> _targets;
    private readonly string _workingDirectory;
    private readonly List<(string, string)> _written = [];

    private ReportTargets(IReadOnlyList<(IReporter, string?)> targets, string workingDirectory)
    {
        _targets = targets;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Parses <c>-f FMT</c>, <c>-f FMT:FILE</c> (repeatable) and <c>-o FILE</c> (for the one format without a file).</summary>
    public static ReportTargets Parse(IEnumerable<string?> formats, string? output, string workingDirectory)
    {
        var targets = new List<(IReporter, string?)>();
        foreach (var value in formats.OfType<string>().DefaultIfEmpty("text"))
        {
            var colon = value.IndexOf(':');
            var name = colon < 0 ? value : value[..colon];
            var file = colon < 0 ? null : value[(colon + 1)..];
            var reporter = Reporters.Create(name)
                ?? throw new UsageException($"unknown format '{name}': use one of {string.Join(", ", Reporters.Names)}");
            targets.Add((reporter, file is { Length: > 0 } ? file : null));
        }

        var toStdout = targets.Count(t => t.Item2 is null);
        if (output is not null)
        {
            if (toStdout != 1)
            {
                throw new UsageException("--output names one file: give exactly one format without ':FILE' to write there");
            }

            var i = targets.FindIndex(t => t.Item2 is null);
            targets[i] = (targets[i].Item1, output);
        }
        else if (toStdout > 1)
        {
            throw new UsageException("at most one format can go to stdout: write the others to files with FMT:FILE");
        }

        return new ReportTargets(targets, workingDirectory);
    }

    /// <summary>Writes every report in the order given; the first file that cannot be written ends the run (a usage error).</summary>
    public void WriteAll(Report report, TextWriter stdout) => Write(report, stdout);

    /// <summary>
    /// Writes only the reports that go to files: when the config is broken its errors go to stderr, and a CI step that
    /// uploads <c>results.sarif</c> gets them there too (with <c>executionSuccessful: false</c>), not a missing or stale file.
    /// </summary>
    public void WriteFiles(Report report) => Write(report, null);

    /// <summary>Each report file written so far, as named and with its text, in order.</summary>
    public IReadOnlyList<(string File, string Text)> Written => _written;

    private void Write(Report report, TextWriter? stdout)
    {
        foreach (var (reporter, file) in _targets)
        {
            if (file is not null)
            {
                var text = new StringWriter();
                reporter.Write(report, text);
                AtomicFile.WriteRequested("report", file, Path.GetFullPath(file, _workingDirectory), w => w.Write(text.ToString()));
                _written.Add((file, text.ToString()));
            }
            else if (stdout is not null)
            {
                reporter.Write(report, stdout);
            }
        }
    }
}
