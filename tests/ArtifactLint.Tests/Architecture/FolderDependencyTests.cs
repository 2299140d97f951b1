using System.Text.RegularExpressions;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Architecture;

/// <summary>
/// The engine's folders import one way, from the linter down to the model (the graph in the README's "Working on
/// ArtifactLint"): each folder's <c>using ArtifactLint.X</c> directives and qualified <c>X.Type</c> references name
/// only the folders this table allows it.
/// </summary>
public sealed partial class FolderDependencyTests
{
    // Each folder with the folders it may use; a folder may use what those may use (the table is closed below).
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Api"] = [],
        ["Diagnostics"] = ["Api"],
        ["Files"] = ["Diagnostics"],
        ["Settings"] = ["Files"],
        ["Loading"] = ["Settings"],
        ["Schemas"] = ["Loading"],
        ["Configuration"] = ["Schemas"],
        ["Git"] = ["Configuration"],
        ["Scripting"] = ["Configuration"],
        ["Suppressions"] = ["Configuration"],
        ["Baselines"] = ["Configuration"],
        ["Running"] = ["Git", "Scripting", "Suppressions", "Baselines"],
        ["Reporting"] = ["Running"],
        ["Fixing"] = ["Running"],
        ["Testing"] = ["Reporting", "Fixing"],
        ["Watching"] = ["Reporting"],
        ["Scaffolding"] = ["Reporting"],
    };

    private static string EngineFolder => Path.Combine(Repo.Root, "engine", "ArtifactLint.Engine");

    public static TheoryData<string> Folders() => [.. Allowed.Keys];

    [Fact]
    public void EveryFolderOfTheEngine_IsInTheTable()
    {
        var folders = Directory.GetDirectories(EngineFolder)
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(EngineFolder, f!), "*.cs").Any())
            .Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), folders);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_ImportsOnlyTheFoldersBelowIt(string folder)
    {
        var below = Below(folder);
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(EngineFolder, folder), "*.cs", SearchOption.AllDirectories))
        {
            var code = Comment().Replace(File.ReadAllText(file), string.Empty);
            var used = Using().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(Allowed.Keys.Where(other => Regex.IsMatch(code, $@"(?<![\w.]){other}\.[A-Z]")));
            wrong.AddRange(used.Where(u => u != folder && Allowed.ContainsKey(u) && !below.Contains(u)).Distinct().Select(u => $"{Path.GetFileName(file)} uses {u}"));
        }

        Assert.True(wrong.Count == 0, $"{folder} may use only {string.Join(", ", below.Order())}; but: {string.Join("; ", wrong)}");
    }

    [Fact]
    public void Table_HasNoCycle()
    {
        foreach (var folder in Allowed.Keys)
        {
            Assert.DoesNotContain(folder, Below(folder));
        }
    }

    private static HashSet<string> Below(string folder)
    {
        var below = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>(Allowed[folder]);
        while (next.TryPop(out var f))
        {
            if (below.Add(f))
            {
                foreach (var g in Allowed[f])
                {
                    next.Push(g);
                }
            }
        }

        return below;
    }

    [GeneratedRegex(@"^using ArtifactLint\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();
}
