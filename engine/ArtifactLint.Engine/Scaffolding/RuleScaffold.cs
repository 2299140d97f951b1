using System.Globalization;
using System.Text.RegularExpressions;

namespace ArtifactLint.Scaffolding;

/// <summary>The files of a new team rule: the script, its doc page, and a fixture whose expected finding fails until the rule is written.</summary>
internal sealed partial class RuleScaffold
{
    public const string DefaultFolder = "policy/rules";
    public const string DefaultPrefix = "TEAM";

    private RuleScaffold(string id, IReadOnlyDictionary<string, string> files)
    {
        Id = id;
        Files = files;
    }

    public string Id { get; }

    /// <summary>Full path → text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public static RuleScaffold Create(string name, string prefix, string folder)
    {
        if (!KebabCase().IsMatch(name))
        {
            throw new ArgumentException($"the rule name '{name}' must be kebab-case: lowercase words joined by '-', like item-has-owner");
        }

        var id = prefix + NextNumber(prefix, folder).ToString("000", CultureInfo.InvariantCulture);
        var stem = $"{id}-{name}";
        var fixture = Path.Combine(folder, "fixtures", stem, "basic");
        return new RuleScaffold(id, new Dictionary<string, string>
        {
            [Path.Combine(folder, stem + ".csx")] = RuleTemplates.Script(id, name),
            [Path.Combine(folder, stem + ".md")] = RuleTemplates.Doc(id, name),
            [Path.Combine(fixture, ".artifactlint.yml")] = RuleTemplates.FixtureConfig(id),
            [Path.Combine(fixture, "backlog", "PB-1.md")] = RuleTemplates.FixtureItem(id),
        });
    }

    private static int NextNumber(string prefix, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 1;
        }

        var pattern = new Regex("^" + Regex.Escape(prefix) + @"(\d+)-", RegexOptions.CultureInvariant);
        return Directory.EnumerateFiles(folder, "*.csx")
            .Select(f => pattern.Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max() + 1;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
