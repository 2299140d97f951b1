using System.Text;
using System.Text.RegularExpressions;
using ArtifactLint.Loading;
using ArtifactLint.Scripting;
using ArtifactLint.Tests.Support;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Rules;

/// <summary>
/// Every built-in rule, checked as a catalog: it compiles clean, its id is in its category's range,
/// its file is named <c>{Id}-{name}</c>, its doc page has the fixed headings, it has fixtures, and the
/// generated index (rules/README.md, and the table in the README) matches. Set ARTIFACTLINT_UPDATE_GOLDEN=1
/// to regenerate the index after adding a rule.
/// </summary>
public sealed class RuleCatalogTests(RuleCatalogTests.Catalog catalog) : IClassFixture<RuleCatalogTests.Catalog>
{
    private static readonly string[] Headings = ["Why", "Examples", "Incorrect", "Correct", "Options", "How to fix", "How to suppress"];

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Rules, "*.csx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Catalog_HasTheWholePolicyPack()
    {
        Assert.Empty(catalog.Load.Diagnostics);
        Assert.Equal(27, catalog.Load.Rules.Count);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_MetadataMatchesItsFileAndCategory(string stem)
    {
        var rule = Assert.Single(catalog.Load.Rules, r => Path.GetFileNameWithoutExtension(r.Source.FullPath) == stem).Descriptor;

        Assert.Equal(stem, $"{rule.Id}-{rule.Name}");
        Assert.Matches("^AL[2-5][0-9]{3}$", rule.Id);
        Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", rule.Name);
        var expectedCategory = rule.Id[2] switch { '2' => "Completeness", '3' => "Traceability", '4' => "Planning", _ => "Lifecycle" };
        Assert.Equal(expectedCategory, rule.Category);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.NotEmpty(rule.Kinds);
        Assert.True(File.ReadAllLines(Path.Combine(Repo.Rules, stem + ".csx")).Length <= 110, "rules stay small");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_HasADocPageWithTheFixedHeadings(string stem) => AssertDocPage(Path.Combine(Repo.Rules, stem + ".md"), stem);

    [Fact]
    public void EngineDiagnostics_EachHaveADocPageWithTheFixedHeadings()
    {
        foreach (var rule in EngineRules.All)
        {
            AssertDocPage(Path.Combine(Repo.Rules, "engine", $"{rule.Id}-{rule.Name}.md"), $"{rule.Id}-{rule.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_HasACaseWithFindingsAndACleanCase(string stem)
    {
        var folder = Path.Combine(Repo.Fixtures, "rules", stem);
        var cases = Directory.EnumerateDirectories(folder).ToArray();
        Assert.Contains(cases, c => Path.GetFileName(c) == "clean");
        Assert.Contains(cases, c => Directory.EnumerateFiles(c, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("expect:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rules_DefineNoHelperTwice()
    {
        // A helper two rules need belongs in the rule API (Format.Date, Format.Number), not copied into each.
        var helper = new Regex(@"^\s*(?:static\s+)?[A-Za-z_][\w<>?,\[\]. ]*?\s+([A-Z]\w*)\s*\([^;=]*\)\s*(?:=>|\{|$)", RegexOptions.Multiline);
        var statements = new[] { "return", "new ", "var ", "if ", "foreach", "else", "context.", "using" };
        var owners = Directory.EnumerateFiles(Repo.Rules, "*.csx")
            .SelectMany(f => helper.Matches(File.ReadAllText(f))
                .Where(m => !statements.Any(m.Value.TrimStart().StartsWith))
                .Select(m => (Name: m.Groups[1].Value, Rule: Path.GetFileNameWithoutExtension(f))))
            .Distinct()
            .GroupBy(h => h.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(h => h.Rule))}");

        Assert.Empty(owners);
    }

    [Fact]
    public void Index_RulesReadmeIsUpToDate() => AssertGenerated(Path.Combine(Repo.Rules, "README.md"), catalog.Index(""));

    [Fact]
    public void Index_TheReadmeTableIsUpToDate()
    {
        var path = Path.Combine(Repo.Root, "README.md");
        var text = File.ReadAllText(path);
        var match = Regex.Match(text, "(?s)<!-- rules:start -->\n(.*?)<!-- rules:end -->");
        Assert.True(match.Success, "README.md has a <!-- rules:start --> ... <!-- rules:end --> block");
        var expected = text[..match.Groups[1].Index] + catalog.Table("rules/") + text[(match.Groups[1].Index + match.Groups[1].Length)..];
        AssertGenerated(path, expected);
    }

    [Fact]
    public void Index_TheReadmeEngineTableIsUpToDate()
    {
        var path = Path.Combine(Repo.Root, "README.md");
        var text = File.ReadAllText(path);
        var match = Regex.Match(text, "(?s)<!-- engine:start -->\n(.*?)<!-- engine:end -->");
        Assert.True(match.Success, "README.md has a <!-- engine:start --> ... <!-- engine:end --> block");
        var expected = text[..match.Groups[1].Index] + Catalog.EngineTable("rules/engine/") + text[(match.Groups[1].Index + match.Groups[1].Length)..];
        AssertGenerated(path, expected);
    }

    private static void AssertDocPage(string path, string stem)
    {
        Assert.True(File.Exists(path), $"{path} exists");
        var document = DocumentParser.Parse(stem + ".md", File.ReadAllText(path)).Document;
        var headings = document.Outline.Headings;
        Assert.Equal(1, headings[0].Level);
        Assert.Equal($"{stem[..stem.IndexOf('-')]} {stem[(stem.IndexOf('-') + 1)..]}", headings[0].Text);
        var found = headings.Skip(1).Select(h => h.Text).Where(Headings.Contains).ToArray();
        Assert.Equal(Headings, found);
    }

    private static void AssertGenerated(string path, string expected)
    {
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    /// <summary>The built-in rules, compiled once for the whole class.</summary>
    public sealed class Catalog : IDisposable
    {
        public Catalog()
        {
            var sources = Directory.EnumerateFiles(Repo.Rules, "*.csx").Order(StringComparer.Ordinal)
                .Select(f => new RuleSource(f, "rules/" + Path.GetFileName(f), File.ReadAllText(f)))
                .ToArray();
            Load = RuleHost.Load(sources, new RuleHostOptions(TestCache.Directory));
        }

        internal RuleLoadResult Load { get; }

        /// <summary>rules/README.md: what the pack is, then the table.</summary>
        public string Index(string linkPrefix) =>
            "# Built-in rules\n\n"
            + "Generated from the rule scripts by `RuleCatalogTests` (run the tests with `ARTIFACTLINT_UPDATE_GOLDEN=1` after adding a rule).\n"
            + "Each rule is a C# script `{Id}-{name}.csx` with its documentation page `{Id}-{name}.md` beside it;\n"
            + "the engine's own diagnostics (AL0xxx, AL1xxx) are documented under [engine/](engine/).\n\n"
            + Table(linkPrefix);

        /// <summary>The table of rules, each linking its page.</summary>
        public string Table(string linkPrefix)
        {
            var sb = new StringBuilder("| Id | Name | Default | What it checks |\n| --- | --- | --- | --- |\n");
            foreach (var rule in Load.Rules.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
                sb.Append($"| [{rule.Id}]({linkPrefix}{rule.Id}-{rule.Name}.md) | {rule.Name} | {severity} | {rule.Title} |\n");
            }

            return sb.ToString();
        }

        /// <summary>The table of the engine's own diagnostics, each linking its page.</summary>
        public static string EngineTable(string linkPrefix)
        {
            var sb = new StringBuilder("| Id | Name | Default | What it reports |\n| --- | --- | --- | --- |\n");
            foreach (var rule in EngineRules.All)
            {
                var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
                sb.Append($"| [{rule.Id}]({linkPrefix}{rule.Id}-{rule.Name}.md) | {rule.Name} | {severity} | {rule.Title} |\n");
            }

            return sb.ToString();
        }

        public void Dispose() => Load.Dispose();
    }
}
