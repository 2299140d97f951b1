using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ArtifactLint.Tests.Processes;
using ArtifactLint.Tests.Reporting;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Hostile;

/// <summary>
/// The hostile corpus linted by the CLI as a process, in every format at once: it finishes with exit 0 or 1,
/// no internal error and no exception text; every file is named in the report or silent by design; nothing
/// of the outside file is printed; every text line is one finding or one related location; the SARIF is valid.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class HostileCorpusTests : IDisposable
{
    /// <summary>The fixed seed of the truncations and byte flips; ARTIFACTLINT_HOSTILE_SEED tries another.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("ARTIFACTLINT_HOSTILE_SEED"), out var seed) ? seed : 20261201;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new();
    private readonly HostileManifest _corpus;
    private readonly string _reports;

    public HostileCorpusTests()
    {
        _corpus = HostileCorpus.Write(_folder.Path, Path.Combine(Repo.Examples, "product-repo"), Seed, hugeLength: 1_000_000);
        _reports = Path.Combine(_folder.Path, "reports");
        Directory.CreateDirectory(_reports);
    }

    [Fact]
    public void Lint_HostileCorpus_EveryFileCheckedOrNamedAndNothingForged()
    {
        var (exitCode, stderr) = Lint();
        var context = $"(seed {Seed}; corpus of {_corpus.Count} documents)";

        Assert.True(_corpus.Count >= 300, $"the corpus holds at least 300 documents {context}");
        Assert.True(exitCode is 0 or 1, $"exit code {exitCode} {context}:\n{stderr}");
        var outputs = new[] { "report.txt", "report.json", "report.sarif", "report.xml", "report.github" }
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(_reports, f)));
        foreach (var (name, text) in outputs.Append(new("stderr", stderr)))
        {
            Assert.False(text.Contains("internal error", StringComparison.OrdinalIgnoreCase), $"{name} has no internal error {context}");
            Assert.False(text.Contains("Exception", StringComparison.Ordinal), $"{name} has no exception text {context}");
            Assert.False(StackFrame().IsMatch(text), $"{name} has no stack trace {context}");
            Assert.False(text.Contains(_corpus.Secret, StringComparison.Ordinal), $"{name} holds nothing of the file outside the workspace {context}");
        }

        var reported = ReportedPaths(outputs["report.json"]);
        var missing = _corpus.Reported
            .Where(e => !e.Value.Any(p => reported.Any(r => r == p || r.StartsWith(p + "/", StringComparison.Ordinal))))
            .Select(e => e.Key)
            .ToArray();
        Assert.True(missing.Length == 0, $"every file is validated or named in a finding {context}; not named: {string.Join(", ", missing.Select(Visible))}");
        Assert.DoesNotContain(_corpus.Silent, reported.Contains);

        var bad = outputs["report.txt"].Split('\n').SkipLast(1).Where(l => !FindingLine().IsMatch(l) && !RelatedLine().IsMatch(l)).ToArray();
        Assert.True(bad.Length == 0, $"every text line is one finding or one related location {context}:\n{string.Join("\n", bad.Take(5).Select(Visible))}");
        Assert.Empty(SarifSchema.Official.Validate(outputs["report.sarif"]).Select(e => $"{e.Path}: {e.Kind}"));
        XDocument.Parse(outputs["report.xml"]);
        Assert.All(outputs["report.github"].Split('\n').SkipLast(1), l => Assert.Matches("^::(error|warning|notice)( file=|::)", l));
    }

    public void Dispose()
    {
        HostileCorpus.Release(_folder.Path);
        _folder.Dispose();
    }

    private (int ExitCode, string Stderr) Lint()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliProcess.Tool, "lint", _corpus.Workspace },
            WorkingDirectory = _corpus.Workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (format, file) in new[] { ("text", "report.txt"), ("json", "report.json"), ("sarif", "report.sarif"), ("junit", "report.xml"), ("github", "report.github") })
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add($"{format}:{Path.Combine(_reports, file)}");
        }

        start.Environment["ARTIFACTLINT_CACHE_DIR"] = TestCache.Directory;
        start.Environment["GITHUB_STEP_SUMMARY"] = string.Empty;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the lint of the hostile corpus did not finish within {Limit.TotalMinutes} minutes (seed {Seed})");
        }

        return (process.ExitCode, stderr.GetAwaiter().GetResult() + stdout.GetAwaiter().GetResult());
    }

    // Every path the JSON report names: findings and their related locations.
    private static HashSet<string> ReportedPaths(string json)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray())
        {
            paths.Add(finding.GetProperty("path").GetString()!);
            foreach (var related in finding.GetProperty("related").EnumerateArray())
            {
                paths.Add(related.GetProperty("path").GetString()!);
            }
        }

        return paths;
    }

    private static string Visible(string text) => Regex.Replace(text, @"[\p{Cc}\p{Cf}]", m => $"\\u{(int)m.Value[0]:x4}");

    [GeneratedRegex(@"^\S.*:\d+:\d+: (error|warning|info) [A-Z]+\d+: [^\p{Cc}\u202A-\u202E\u2066-\u2069]* \[[a-z0-9-]+\]$")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"^  \S.*:\d+:\d+: note: [^\p{Cc}\u202A-\u202E\u2066-\u2069]*$")]
    private static partial Regex RelatedLine();

    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
