using System.Text.RegularExpressions;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Fixing;

/// <summary>
/// <c>--fix</c> on random mistakes of the kinds it fixes, made in the documents of the clean example repository from
/// fixed seeds: afterwards every file still parses, nothing is fixed twice (a second <c>--fix</c> finds nothing to do),
/// and the number of findings never grows.
/// </summary>
public sealed partial class FixPropertyTests
{
    // Each mistake: what it replaces in a line, and with what (the random generator picks which lines).
    private static readonly (Regex Line, Func<Match, Random, string> Mistake)[] s_mistakes =
    [
        (StatusLine(), (m, r) => m.Groups[1].Value + r.Next(3) switch
        {
            0 => m.Groups[2].Value.ToUpperInvariant(),
            1 => m.Groups[2].Value[..^1],
            _ => m.Groups[2].Value.Replace('-', ' '),
        }),
        (KeyLine(), (m, r) => m.Groups[1].Value[..^1] + m.Groups[2].Value),
        (ListLine(), (m, _) => m.Groups[1].Value + m.Groups[2].Value),
        (VersionLine(), (m, _) => m.Groups[1].Value + m.Groups[2].Value + ".10"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fix_RandomMistakes_ParsesFixesOnceAndNeverAddsFindings(int seed)
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "product-repo"));
        var random = new Random(seed);
        var documents = Directory.GetFiles(ws.Path, "*.md", SearchOption.AllDirectories).Where(f => f.Contains("/backlog/") || f.Contains("/releases/") || f.Contains("/goals/"))
            .Order(StringComparer.Ordinal).ToArray();
        for (var made = 0; made < 12; made++)
        {
            var path = documents[random.Next(documents.Length)];
            var lines = File.ReadAllText(path).Split('\n');
            var (pattern, mistake) = s_mistakes[random.Next(s_mistakes.Length)];
            var at = Enumerable.Range(0, lines.Length).Where(i => pattern.IsMatch(lines[i])).ToArray();
            if (at.Length > 0)
            {
                var line = at[random.Next(at.Length)];
                lines[line] = pattern.Replace(lines[line], m => mistake(m, random), 1);
                File.WriteAllText(path, string.Join('\n', lines));
            }
        }

        var before = Findings(CliRun.Run(ws.Path, "lint", "--no-cache", "-f", "json").Out);
        var fix = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", "-f", "json");
        Assert.NotEqual(2, fix.ExitCode);
        Assert.Matches(@"^fixed [1-9][0-9]* findings? in ", fix.Error);
        var after = Findings(fix.Out);
        Assert.True(after.Count <= before.Count, $"--fix left {after.Count} findings where there were {before.Count}");
        Assert.True(after.Count(f => f == "AL0001") <= before.Count(f => f == "AL0001"), "--fix made a front matter YAML cannot read");
        Assert.Equal(Findings(CliRun.Run(ws.Path, "lint", "--no-cache", "-f", "json").Out), after);

        var again = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache");
        Assert.StartsWith("fixed 0 findings in 0 files\n", again.Error, StringComparison.Ordinal);
    }

    private static List<string> Findings(string json) => [.. RuleId().Matches(json).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^(status: )([a-z-]+)$")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(estimate|assignee|labels|priority)(:.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^((?:assignee|labels): )\[([a-z]+)\]$")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^(version: )""?([0-9]+)\.[0-9]+""?$")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"""ruleId"": ""(AL[0-9]+)""")]
    private static partial Regex RuleId();
}
