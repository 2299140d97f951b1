using System.Text.RegularExpressions;
using ArtifactLint.Diagnostics;
using ArtifactLint.Running;

namespace ArtifactLint.Testing;

/// <summary>
/// Runs one fixture workspace and compares its findings with the expectations written inside it.
/// A finding matches on (path, line, rule id), and on the column and the message id when the expectation gives them.
/// Under <c>{Id}-{name}/{case}/</c> only rule {Id} runs (the engine's diagnostics always do). When {Id} is one of the
/// engine's diagnostics (AL0xxx, AL1xxx), which no script reports, the team's rules run (the fixture's <c>rule_paths</c>,
/// and <c>--rules</c> folders) and a built-in rule only when the fixture's config names it, so that none mixes in unasked.
/// </summary>
internal static partial class FixtureRunner
{
    public static FixtureOutcome Run(string fixtureDirectory, LintRequest template)
    {
        var root = Path.GetFullPath(fixtureDirectory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var fixedFiles = files.Where(f => f.EndsWith(FixedSuffix, StringComparison.Ordinal)).ToArray();
        IReadOnlyList<Expectation> expected;
        try
        {
            expected = ExpectationReader.Read(root, [.. files.Except(fixedFiles)]);
        }
        catch (FormatException e)
        {
            // A marker the reader cannot read is the fixture's mistake: said as such, and the other fixtures still run.
            return new FixtureOutcome(Path.GetFileName(root), [], [], []) { Problems = [e.Message] };
        }

        var ruleUnderTest = RuleUnderTest(root);
        var engine = EngineRules.All.Any(d => d.Id == ruleUnderTest);
        var request = template with
        {
            Paths = [root],
            Exclude = ["**/*" + FixedSuffix],
            ConfigFile = Path.Combine(root, ".artifactlint.yml"),
            OnlyRules = ruleUnderTest is null || engine ? null : new HashSet<string>(StringComparer.Ordinal) { ruleUnderTest },
            OnlyConfiguredRules = ruleUnderTest is null,
            OnlyConfiguredBuiltInRules = engine,

            // One lint per fixture in one process: unload each run's rules.
            CollectibleRules = true,
        };
        var result = Linter.Run(request);

        var unmatched = result.Diagnostics.Where(d => d.Suppression is null).ToList();
        var missing = new List<Expectation>();
        foreach (var expectation in expected)
        {
            var index = unmatched.FindIndex(expectation.Matches);
            if (index < 0)
            {
                missing.Add(expectation);
            }
            else
            {
                unmatched.RemoveAt(index);
            }
        }

        var fixes = fixedFiles.Length > 0 ? FixedCases.Check(root, request, fixedFiles) : [];
        return new FixtureOutcome(Path.GetFileName(root), missing, unmatched, result.Diagnostics) { FixProblems = fixes };
    }

    /// <summary>How a case's expected fixed file is named: <c>PB-1.md</c>'s is <c>PB-1.fixed.md</c>, which is not part of the workspace.</summary>
    public const string FixedSuffix = ".fixed.md";

    /// <summary>Under <c>{Id}-{name}/{case}/</c>, the rule under test: {Id}.</summary>
    private static string? RuleUnderTest(string fixture)
    {
        var parent = Path.GetFileName(Path.GetDirectoryName(fixture));
        var match = parent is null ? Match.Empty : RuleFolder().Match(parent);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^([A-Z]+\d+)-[a-z0-9-]+$")]
    private static partial Regex RuleFolder();
}
