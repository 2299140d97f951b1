using System.Text.RegularExpressions;
using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

/// <summary>Reads the rule scripts under tests/fixtures/scripting and the <c>// expect: ID</c> markers in them.</summary>
internal static partial class ScriptFixtures
{
    public static string Root { get; } = FindRoot();

    public static RuleSource Source(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        return new RuleSource(full, relativePath.Replace('\\', '/'), File.ReadAllText(full));
    }

    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.csx")
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>(line, id) for every <c>// expect: ID</c> marker, sorted.</summary>
    public static IReadOnlyList<(int Line, string Id)> Expected(RuleSource source) =>
        source.Text.Split('\n')
            .Select((line, index) => (Line: index + 1, Match: ExpectMarker().Match(line)))
            .Where(m => m.Match.Success)
            .SelectMany(m => m.Match.Groups[1].Value.Split(',').Select(id => (m.Line, id.Trim())))
            .Order()
            .ToArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "scripting");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/scripting");
    }

    [GeneratedRegex(@"//\s*expect:\s*([A-Z0-9, ]+)")]
    private static partial Regex ExpectMarker();
}
