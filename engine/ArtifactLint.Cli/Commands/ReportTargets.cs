using ArtifactLint.Running;
using ArtifactLint.Reporting;

namespace ArtifactLint.Cli.Commands;

/// <summary>The reports a run writes: each a format and a file, or stdout for at most one of them.</summary>
internal sealed class ReportTargets
{
    private readonly IReadOnlyList<(IReporter Reporter, string? File)> _targets;

    private ReportTargets(IReadOnlyList<(IReporter, string?)> targets) => _targets = targets;

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
            targets.Add((reporter, file is { Length: > 0 } ? Path.GetFullPath(file, workingDirectory) : null));
        }

        var toStdout = targets.Count(t => t.Item2 is null);
        if (output is not null)
        {
            if (toStdout != 1)
            {
                throw new UsageException("--output names one file: give exactly one format without ':FILE' to write there");
            }

            var i = targets.FindIndex(t => t.Item2 is null);
            targets[i] = (targets[i].Item1, Path.GetFullPath(output, workingDirectory));
        }
        else if (toStdout > 1)
        {
            throw new UsageException("at most one format can go to stdout: write the others to files with FMT:FILE");
        }

        return new ReportTargets(targets);
    }

    public void WriteAll(Report report, TextWriter stdout)
    {
        foreach (var (reporter, file) in _targets)
        {
            if (file is null)
            {
                reporter.Write(report, stdout);
            }
            else
            {
                AtomicFile.Write(file, w => reporter.Write(report, w));
            }
        }
    }
}
