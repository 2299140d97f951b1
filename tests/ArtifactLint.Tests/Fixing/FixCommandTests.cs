using System.Security.Cryptography;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Fixing;

/// <summary><c>lint --fix</c>, <c>--fix-dry-run</c> and <c>--fix-rule</c>, run as a user runs them, on copies of the example repositories.</summary>
public sealed class FixCommandTests
{
    private static readonly string s_golden = Path.Combine(Repo.Root, "tests", "ArtifactLint.Tests", "Fixing", "Golden");

    [Fact]
    public void Fix_MessyRepo_FixesTheMechanicalMistakesAndEqualsTheGoldenTree()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var run = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("fixed 3 findings in 3 files\n", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fixable", run.Error, StringComparison.Ordinal);
        AssertFixedTree(Path.Combine(Repo.Examples, "messy-repo"), Path.Combine(s_golden, "messy-repo-fixed"), ws.Path);

        // What is left has no fix: a second --fix changes nothing.
        var before = TreeHash(ws.Path);
        var again = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache");
        Assert.StartsWith("fixed 0 findings in 0 files\n", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash(ws.Path));
        Assert.Equal(CliRun.Run(ws.Path, "lint", "--no-cache").Out, again.Out);
    }

    [Fact]
    public void FixDryRun_MessyRepo_PrintsTheDiffAndChangesNoByte()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var before = TreeHash(ws.Path);
        var run = CliRun.Run(ws.Path, "lint", "--fix-dry-run", "--no-cache");
        Assert.Equal(before, TreeHash(ws.Path));
        Golden("messy-repo.diff", run.Out);
        Assert.StartsWith("would fix 3 findings in 3 files\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("in 70 documents (28 rules)\n", run.Error, StringComparison.Ordinal);

        // The summary of a plain lint says how many findings --fix would fix.
        Assert.Contains("; 3 fixable\n", CliRun.Run(ws.Path, "lint", "--no-cache").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FixDryRun_ReportToAFile_WritesTheRemainingFindingsThere()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var report = Path.Combine(ws.Path, "report.json");
        var run = CliRun.Run(ws.Path, "lint", "--fix-dry-run", "--no-cache", "-f", "json", "-o", report);
        Assert.StartsWith("--- a/", run.Out, StringComparison.Ordinal);
        var json = File.ReadAllText(report);
        Assert.DoesNotContain("activ'", json, StringComparison.Ordinal);
        Assert.Contains("\"errors\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FixRule_OneRule_AppliesOnlyItsFixes()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var run = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", "--fix-rule", "unknown-property");
        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("assignee: [sam]", File.ReadAllText(Path.Combine(ws.Path, "backlog", "PB-119-overdue-badge-after-payment.md")), StringComparison.Ordinal);
        Assert.Contains("status: activ\n", File.ReadAllText(Path.Combine(ws.Path, "goals", "G-3-win-small-businesses-across-the-eu.md")), StringComparison.Ordinal);

        var engine = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", "--fix-rule", "engine");
        Assert.StartsWith("fixed 2 findings in 2 files\n", engine.Error, StringComparison.Ordinal);

        var unknown = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", "--fix-rule", "unknown-propery");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--fix-rule 'unknown-propery' names no rule of this workspace. Did you mean 'unknown-property'?", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_WithFilePaths_EditsOnlyThoseFiles()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var goal = Path.Combine("goals", "G-3-win-small-businesses-across-the-eu.md");
        var run = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", goal);
        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("status: active\n", File.ReadAllText(Path.Combine(ws.Path, goal)), StringComparison.Ordinal);
        Assert.Contains("version: 4.10\n", File.ReadAllText(Path.Combine(ws.Path, "releases", "REL-2027.01.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--staged")]
    [InlineData("--new-since", "HEAD")]
    [InlineData("--update-baseline")]
    [InlineData("--fix-dry-run")]
    public void Fix_WithAnOptionItCannotWorkWith_IsAUsageError(params string[] options)
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var before = TreeHash(ws.Path);
        var run = CliRun.Run(ws.Path, ["lint", "--fix", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--fix", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash(ws.Path));
    }

    [Fact]
    public void Fix_CrlfFileWithAByteOrderMarkAndAComment_KeepsAllThree()
    {
        using var ws = new TempFolder();
        var release = "\uFEFF---\r\nid: REL-1\r\nkind: release\r\ntitle: The first\r\nversion: 4.10 # the next one\r\ndate: 2027-01-12\r\nstatus: planned\r\n---\r\n\r\nNotes.\r\n";
        var path = ws.Write("releases/REL-1.md", release);
        var run = CliRun.EngineOnly(ws.Path, "lint", "--fix", "--no-cache");
        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(release.Replace("version: 4.10 #", "version: \"4.10\" #", StringComparison.Ordinal), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Fix_ReportedFormats_CarryTheFixes()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var json = CliRun.Run(ws.Path, "lint", "--no-cache", "-f", "json").Out;
        Assert.Contains("\"fix\": {\n        \"title\": \"Quote 'version' as \\\"4.10\\\"\",", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"\\\"4.10\\\"\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_ReferenceOneEditFromASingleId_IsReplacedAndAnAmbiguousOneIsNot()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "product-repo"));
        var items = Directory.GetFiles(Path.Combine(ws.Path, "backlog"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var child = items.First(f => File.ReadAllText(f).Contains("\nparent: ", StringComparison.Ordinal));
        var text = File.ReadAllText(child);
        var parent = System.Text.RegularExpressions.Regex.Match(text, @"\nparent: (\S+)").Groups[1].Value;
        var typo = parent[..^1] + "O" + parent[^1];
        File.WriteAllText(child, text.Replace($"\nparent: {parent}\n", $"\nparent: {typo}\n", StringComparison.Ordinal));
        var epic = items.First(f => File.ReadAllText(f).Contains("\ngoals: [G-1]", StringComparison.Ordinal));
        File.WriteAllText(epic, File.ReadAllText(epic).Replace("\ngoals: [G-1]", "\ngoals: [G-1, G-9]", StringComparison.Ordinal));
        var epicBefore = File.ReadAllText(epic);

        var lint = CliRun.Run(ws.Path, "lint", "--no-cache", "-f", "json");
        Assert.Contains($"\"title\": \"Reference '{parent}' instead of '{typo}'\"", lint.Out, StringComparison.Ordinal);
        var run = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache");
        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(child));
        Assert.Equal(epicBefore, File.ReadAllText(epic));
        Assert.Contains("references 'G-9'", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DuplicateRank_SuggestsTheFirstFreeRankAndFixDoesNotApplyIt()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var json = CliRun.Run(ws.Path, "lint", "--no-cache", "-f", "json").Out;
        var finding = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "AL4006");
        Assert.False(finding.TryGetProperty("fix", out _));
        var suggestion = Assert.Single(finding.GetProperty("suggestions").EnumerateArray());
        Assert.StartsWith("Give 'PB-130' rank ", suggestion.GetProperty("title").GetString(), StringComparison.Ordinal);
        var rank = suggestion.GetProperty("edits")[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain($"\nrank: {rank}\n", string.Concat(Directory.GetFiles(Path.Combine(ws.Path, "backlog")).Select(File.ReadAllText)), StringComparison.Ordinal);

        CliRun.Run(ws.Path, "lint", "--fix", "--no-cache");
        Assert.Contains("\nrank: 13\n", File.ReadAllText(Path.Combine(ws.Path, "backlog", "PB-130-suggest-matches-without-reference.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dependencies: [PB-2, PB-3, PB-4]\n", 0, "dependencies: [PB-3, PB-4]\n")]
    [InlineData("dependencies: [PB-2, PB-3, PB-4]\n", 1, "dependencies: [PB-2, PB-4]\n")]
    [InlineData("dependencies: [PB-2, PB-3, PB-4]\n", 2, "dependencies: [PB-2, PB-3]\n")]
    [InlineData("dependencies: [PB-2]\n", 0, "dependencies: []\n")]
    [InlineData("dependencies:\n  - PB-2\n  - PB-3 # why\n  - PB-4\n", 1, "dependencies:\n  - PB-2\n  - PB-4\n")]
    [InlineData("dependencies:\n  - PB-2\n", 0, "dependencies:\n  []\n")]
    public void Fix_TeamRuleRemovesAListElement_LeavesTheListAsYamlWritesIt(string list, int index, string expected)
    {
        var target = $"PB-{index + 2}";
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [policy/rules]\nrule_prefix: ACME\nrules: { AL3002: off }\n");
        ws.Write("policy/rules/ACME001-no-dependencies.csx", $$"""
            var descriptor = new RuleDescriptor(Id: "ACME001", Name: "no-dependencies", Title: "No dependencies", Category: "Planning", DefaultSeverity: Severity.Warning)
            {
                Kinds = ["backlog-item"],
                Messages = new() { ["dependency"] = "Backlog item '{id}' depends on '{dependency}': remove it" },
            };
            return new Rule(descriptor, context =>
            {
                foreach (var item in context.Workspace.BacklogItems)
                {
                    // The element first at {{index}}, wherever it is now: once removed, nothing is reported.
                    var at = item.DependencyIds.ToList().IndexOf("{{target}}");
                    if (at >= 0)
                    {
                        context.Report("dependency", item.LocationOf(BacklogItem.Fields.Dependencies, at), new { id = item.Id, dependency = item.DependencyIds[at] },
                            fix: Fix.RemoveListElement(item, BacklogItem.Fields.Dependencies, at));
                    }
                }
            });
            """);
        var head = "---\nid: PB-1\nkind: backlog-item\ntitle: An item\ntype: task\nstatus: new\n";
        var path = ws.Write("backlog/PB-1.md", head + list + "priority: low\n---\nBody.\n");

        var run = CliRun.Run(ws.Path, "lint", "--fix", "--no-cache", "--fix-rule", "ACME001");

        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(head + expected + "priority: low\n---\nBody.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Fix_SuppressedOrBaselinedFinding_IsNotFixed()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        const string Head = "---\nkind: release\ntitle: A release\ndate: 2027-01-12\nstatus: planned\n";
        var suppressed = ws.Write("releases/REL-1.md", Head + "id: REL-1\nversion: 4.10 # artifactlint-disable-line AL1001 -- the build tool reads it as a number\n---\n");
        var baselined = ws.Write("releases/REL-2.md", Head + "id: REL-2\nversion: 4.20\n---\n");
        Assert.Equal(0, CliRun.EngineOnly(ws.Path, "lint", "--update-baseline", "--no-cache").ExitCode);
        var open = ws.Write("releases/REL-3.md", Head + "id: REL-3\nversion: 4.30\n---\n");
        var (before1, before2) = (File.ReadAllText(suppressed), File.ReadAllText(baselined));

        var run = CliRun.EngineOnly(ws.Path, "lint", "--fix", "--no-cache");

        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(before1, File.ReadAllText(suppressed));
        Assert.Equal(before2, File.ReadAllText(baselined));
        Assert.Contains("version: \"4.30\"\n", File.ReadAllText(open), StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_SuppressionInADocumentYamlCannotRead_IsKept()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        var path = ws.Write("backlog/PB-1.md", "---\nid: PB-1\nkind: backlog-item\ntitle: Fix: the export\ntype: feature\nstatus: bogus\n---\n<!-- artifactlint-disable-file AL1001 -- the legacy importer writes these -->\nBody.\n");

        // Unreadable, the front matter was not checked: its suppression only looks unused, and is no fix's to remove.
        var before = CliRun.EngineOnly(ws.Path, "lint", "--no-cache", "-f", "json").Out;
        Assert.Contains("\"ruleId\": \"AL0007\"", before, StringComparison.Ordinal);
        var run = CliRun.EngineOnly(ws.Path, "lint", "--fix", "--no-cache");

        Assert.StartsWith("fixed 1 finding in 1 file\n", run.Error, StringComparison.Ordinal);
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Fix: the export\"\n", text, StringComparison.Ordinal);
        Assert.Contains("<!-- artifactlint-disable-file AL1001 -- the legacy importer writes these -->", text, StringComparison.Ordinal);
        Assert.StartsWith("0 errors, 0 warnings", run.Error.Split('\n')[1], StringComparison.Ordinal);
    }

    // The golden tree is kept as the files --fix changes (Golden/NAME-fixed); every other file must be the source's, byte for byte.
    internal static void AssertFixedTree(string source, string golden, string actual)
    {
        var changed = Files(actual).Where(f => !File.ReadAllBytes(Path.Combine(source, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, f)))).ToArray();
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }

            foreach (var file in changed)
            {
                var target = Path.Combine(golden, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actual, file), target);
            }
        }

        Assert.Equal(Files(source), Files(actual));
        Assert.Equal(Files(golden), changed);
        foreach (var file in changed)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(golden, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs from its golden copy (ARTIFACTLINT_UPDATE_GOLDEN=1 rewrites it)");
        }
    }

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(s_golden, name);
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    internal static string TreeHash(string folder) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            Files(folder).Select(f => f + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))))))));
}
