using System.Diagnostics;
using System.Globalization;
using ArtifactLint.Benchmarks.Benchmarks;
using ArtifactLint.Reporting;
using ArtifactLint.Running;

namespace ArtifactLint.Benchmarks.Incremental;

/// <summary>
/// <c>incremental DIR [ROUNDS]</c>: issue 12's third target. Opens the workspace of DIR in one <see cref="LintSession"/>,
/// then, round after round, changes one document on disk (a backlog item's title, a different item each round) and
/// times what follows the change: <see cref="LintSession.Apply"/> and <see cref="LintSession.Lint"/>. Prints the
/// median with min-max and checks the last result against a fresh run. Every edit is undone at the end.
/// The first rounds are not counted: until the JIT has compiled the rules' hot paths at full speed (some 30 runs),
/// a re-lint takes up to twice as long, and a watch or an editor session runs for far longer than that.
/// </summary>
internal static class IncrementalCommand
{
    private const int DefaultRounds = 40;
    private const int WarmUpRounds = 30;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "incremental";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || !Directory.Exists(args[1])
            || (args.Length > 2 && !int.TryParse(args[2], CultureInfo.InvariantCulture, out _)))
        {
            error.WriteLine("usage: incremental DIR [ROUNDS]   (DIR: a generated corpus)");
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DefaultRounds;
        var request = new LintRequest
        {
            WorkingDirectory = folder,
            ToolDirectory = BenchmarkCorpus.ToolDirectory(),
            CacheDirectory = Path.Combine(Path.GetTempPath(), "artifactlint-bench-cache"),
            Trace = Environment.GetEnvironmentVariable("ARTIFACTLINT_TIMINGS") == "1" ? error : null,
        };
        var items = Directory.EnumerateFiles(Path.Combine(folder, "backlog"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var originals = new Dictionary<string, string>();
        var open = Stopwatch.StartNew();
        using var session = LintSession.Open(request);
        var first = session.Lint();
        output.WriteLine($"{folder}: {first.DocumentCount} documents, {first.Diagnostics.Count} findings, opened and linted in {open.ElapsedMilliseconds} ms");

        var times = new List<double>();
        try
        {
            for (var round = 0; round < WarmUpRounds + rounds; round++)
            {
                var item = items[round * 7919 % items.Length];
                var text = originals.TryGetValue(item, out var before) ? before : originals[item] = File.ReadAllText(item);
                File.WriteAllText(item, text.Replace("\ntitle: ", $"\ntitle: Round {round} ", StringComparison.Ordinal));
                var relative = Path.GetRelativePath(folder, item).Replace('\\', '/');
                var watch = Stopwatch.StartNew();
                session.Apply([relative]);
                session.Lint();
                if (round >= WarmUpRounds)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var same = Json(session.Lint()) == Json(Linter.Run(request));
            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"after one document changed: {times[times.Count / 2]:F0} ms median ({times[0]:F0}-{times[^1]:F0}) over {rounds} rounds; the same findings as a fresh run: {(same ? "yes" : "NO")}"));
            return same ? 0 : 1;
        }
        finally
        {
            foreach (var (path, text) in originals)
            {
                File.WriteAllText(path, text);
            }
        }
    }

    private static string Json(LintResult result)
    {
        var writer = new StringWriter();
        new JsonReporter().Write(new Report(result, null), writer);
        return writer.ToString();
    }
}
