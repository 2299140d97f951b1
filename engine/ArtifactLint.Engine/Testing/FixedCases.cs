using ArtifactLint.Fixing;
using ArtifactLint.Running;

namespace ArtifactLint.Testing;

/// <summary>
/// A fixture case's expected fixes: for each <c>NAME.fixed.md</c>, what <c>lint --fix</c> makes of <c>NAME.md</c> must be
/// that file, byte for byte (byte order mark and line breaks included); a document <c>--fix</c> changes without such a
/// file is a problem too, so that a case says everything its fixes do.
/// </summary>
internal static class FixedCases
{
    /// <param name="root">The case's folder.</param>
    /// <param name="request">The case's lint, as the fixture runs it.</param>
    /// <param name="fixedFiles">The case's <c>*.fixed.md</c> files, relative to <paramref name="root"/> with <c>/</c>.</param>
    public static IReadOnlyList<string> Check(string root, LintRequest request, IReadOnlyList<string> fixedFiles)
    {
        var outcome = Fixer.Run(request, _ => true);
        var byPath = outcome.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var problems = new List<string>();
        if (outcome.Problem is { } problem)
        {
            problems.Add(problem);
        }

        foreach (var expectedFile in fixedFiles)
        {
            var document = expectedFile[..^FixtureRunner.FixedSuffix.Length] + ".md";
            var original = Path.Combine(root, document);
            if (!File.Exists(original))
            {
                problems.Add($"{expectedFile} has no {document} to fix");
                continue;
            }

            var before = File.ReadAllBytes(original);
            var actual = byPath.TryGetValue(document, out var changed) ? changed.Fixed(before) : before;
            var expected = File.ReadAllBytes(Path.Combine(root, expectedFile));
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                problems.Add($"{document}: --fix gives {FirstDifference(actual, expected)} of {expectedFile}");
            }
        }

        foreach (var unexpected in outcome.Files.Where(f => !fixedFiles.Contains(f.Path[..^".md".Length] + FixtureRunner.FixedSuffix, StringComparer.Ordinal)))
        {
            problems.Add($"{unexpected.Path}: --fix changes it ({unexpected.Fixes} fix{(unexpected.Fixes == 1 ? "" : "es")}), but the case has no {Path.GetFileNameWithoutExtension(unexpected.Path)}{FixtureRunner.FixedSuffix} to say how");
        }

        return problems;
    }

    // "line 5 'version: 4.10' in place of line 5 'version: \"4.10\"'", line breaks shown as written.
    private static string FirstDifference(byte[] actual, byte[] expected)
    {
        var (a, e) = (Lines(actual), Lines(expected));
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var (got, want) = (i < a.Length ? a[i] : null, i < e.Length ? e[i] : null);
            if (got != want)
            {
                return $"line {i + 1} {Shown(got)} in place of line {i + 1} {Shown(want)}";
            }
        }

        return "the same lines with another byte order mark";
    }

    private static string[] Lines(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes).Split('\n');

    private static string Shown(string? line) => line is null ? "(no line)" : $"'{line.Replace("\r", "\\r", StringComparison.Ordinal)}'";
}
