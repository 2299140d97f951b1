using System.Text.RegularExpressions;
using ArtifactLint.Reporting;
using ArtifactLint.Running;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Running;

/// <summary>
/// The incremental workspace against fresh runs: after every change (an edit, a new, renamed or deleted document,
/// an editor's unsaved text) the session's findings are exactly those of a run that reads everything again.
/// Stale cross-document findings are what incremental linters get wrong, so the changes touch ids and references.
/// </summary>
public sealed partial class LintSessionTests
{
    private const int Steps = 30;

    // Values the edits put in: statuses, types, ids that exist and ids that do not, and text YAML cannot read.
    private static readonly string[] s_values =
    [
        "done", "in-progress", "todo", "closed", "active", "activ", "story", "epic", "G-1", "G-2", "G-9", "PB-101", "PB-124",
        "S-23", "R-1", "REL-2027.01", "[G-1, G-3]", "[]", "13", "-3", "2026-13-45", "2026-12-01", "\"unclosed", "{ a: [", "@me",
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void Session_AfterRandomChanges_FindsWhatAFreshRunFinds(int seed)
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var request = Request(ws.Path);
        var random = new Random(seed);
        using var session = LintSession.Open(request);
        Assert.Equal(Json(Linter.Run(request)), Json(session.Lint()));

        for (var step = 0; step < Steps; step++)
        {
            var documents = Documents(ws.Path);
            var path = documents[random.Next(documents.Count)];
            var full = Path.Combine(ws.Path, path);
            string[] changed;
            string what;
            switch (random.Next(10))
            {
                case < 6:
                    File.WriteAllText(full, Edited(File.ReadAllText(full), random));
                    (changed, what) = ([path], $"edited {path}");
                    break;
                case 6:
                    var renamed = Path.ChangeExtension(path, null) + "-moved.md";
                    File.Move(full, Path.Combine(ws.Path, renamed));
                    (changed, what) = ([path, renamed], $"renamed {path} to {renamed}");
                    break;
                case 7:
                    File.Delete(full);
                    (changed, what) = ([path], $"deleted {path}");
                    break;
                case 8:
                    var copy = Path.ChangeExtension(path, null) + $"-copy{step}.md";
                    File.WriteAllText(Path.Combine(ws.Path, copy), Edited(File.ReadAllText(full), random));
                    (changed, what) = ([copy], $"added {copy}");
                    break;
                default:
                    // An editor's unsaved text, then the same text saved: both lint as the file would.
                    var text = Edited(File.ReadAllText(full), random);
                    Assert.True(session.SetText(path, text));
                    File.WriteAllText(full, text);
                    Assert.True(Json(Linter.Run(request)) == Json(session.Lint()), $"step {step}: unsaved text in {path}");
                    Assert.True(session.SetText(path, null));
                    (changed, what) = ([path], $"saved {path}");
                    break;
            }

            Assert.True(session.Apply(changed), $"step {step}: {what} is a change of documents");
            var fresh = Json(Linter.Run(request));
            var incremental = Json(session.Lint());
            Assert.True(fresh == incremental, $"step {step}: after it {what}, the session found\n{incremental}\nwhere a fresh run found\n{fresh}");
        }
    }

    [Fact]
    public void Apply_ConfigRuleOrSchemaChanged_AsksForANewSession()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        using var session = LintSession.Open(Request(ws.Path));
        session.Lint();

        Assert.False(session.Apply([".artifactlint.yml"]));
        Assert.False(session.Apply(["policy/rules/ACME001-item-has-owner.csx"]));
        Assert.False(session.Apply(["backlog"]));
        Assert.False(session.Apply(["."]));
        Assert.False(session.Apply([".gitignore"]));
        Assert.False(session.Apply(["/elsewhere/rules/X.csx"]));
        Assert.False(session.Apply(["backlog/PB-101-pay-now-epic.md", "schemas/goal.schema.json"]));
        Assert.True(session.Apply(["backlog/PB-101-pay-now-epic.md"]));

        // README.md is excluded by the config: not a document, so not one to read again.
        Assert.False(session.SetText("README.md", "---\nid: X\n---\n"));
    }

    [Fact]
    public void Apply_IncludeEveryFile_StillAsksForANewSessionForConfigSchemasRulesAndIgnores()
    {
        using var ws = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        File.AppendAllText(Path.Combine(ws.Path, ".artifactlint.yml"), "include: [\"**/*\"]\nkinds:\n  persona: { paths: [\"personas/*.md\"], schema: schemas/persona.json }\n");
        ws.Write("schemas/persona.json", """{ "type": "object", "properties": { "name": { "$ref": "name.json" } } }""");
        ws.Write("schemas/name.json", """{ "type": "string" }""");
        using var session = LintSession.Open(Request(ws.Path));
        session.Lint();

        Assert.False(session.Apply([".artifactlint.yml"]));
        Assert.False(session.Apply(["schemas/persona.json"]));
        Assert.False(session.Apply(["schemas/name.json"]));
        Assert.False(session.Apply(["policy/rules/ACME001-item-has-owner.csx"]));
        Assert.False(session.Apply(["backlog/.gitignore"]));
        Assert.False(session.Apply([".artifactlint-baseline.json"]));
        Assert.True(session.Apply(["backlog/PB-101-pay-now-epic.md"]));
    }

    [Fact]
    public void Apply_LinkedDocument_AsksForANewSession()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        ws.Write(".gitignore", "drafts/\n");
        ws.Write("drafts/PB-1.md", "---\nid: PB-1\ntitle: One\ntype: task\nstatus: new\n---\n");
        Directory.CreateDirectory(Path.Combine(ws.Path, "backlog"));
        File.CreateSymbolicLink(Path.Combine(ws.Path, "backlog/PB-1.md"), "../drafts/PB-1.md");
        using var session = LintSession.Open(Request(ws.Path));
        Assert.Empty(session.Lint().Diagnostics);

        // The watcher reports the target: a session that read the link would not know to read it again.
        ws.Write("drafts/PB-1.md", "---\nid: PB-1\ntitle: One\ntype: task\nstatus: nonsense\n---\n");
        Assert.False(session.Apply(["drafts/PB-1.md"]));
        Assert.False(session.Apply(["backlog/PB-1.md"]));
        Assert.False(session.SetText("backlog/PB-1.md", "---\nid: PB-1\n---\n"));
    }

    [Fact]
    public void Apply_DocumentReplacedByALink_AsksForANewSession()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new TempFolder();
        ws.Write(".gitignore", "drafts/\n");
        ws.Write("drafts/PB-1.md", "---\nid: PB-1\ntitle: One\ntype: task\nstatus: new\n---\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: One\ntype: task\nstatus: new\n---\n");
        using var session = LintSession.Open(Request(ws.Path));
        Assert.Empty(session.Lint().Diagnostics);

        File.Delete(Path.Combine(ws.Path, "backlog/PB-1.md"));
        File.CreateSymbolicLink(Path.Combine(ws.Path, "backlog/PB-1.md"), "../drafts/PB-1.md");
        Assert.False(session.Apply(["backlog/PB-1.md"]));
    }

    [Fact]
    public void Lint_TeamRuleWithTopLevelState_StartsEachLintAfresh()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [rules]\nrule_prefix: TEAM\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: A title that is far too long for a goal\nstatus: proposed\n---\n");
        ws.Write("rules/TEAM001-short-title.csx", """
            // TEAM001 short-title: a rule that keeps what it saw at the script's top level.
            var seen = new Dictionary<string, bool>();
            var descriptor = new RuleDescriptor(
                Id: "TEAM001",
                Name: "short-title",
                Title: "A goal's title is short",
                MessageFormat: "Goal '{0}' has a long title: shorten it",
                Category: "Team",
                DefaultSeverity: Severity.Warning)
            {
                Kinds = ["goal"],
            };

            return new Rule(descriptor, context =>
            {
                foreach (var goal in context.Workspace.Goals)
                {
                    if (!seen.TryGetValue(goal.Id, out var longTitle))
                    {
                        seen[goal.Id] = longTitle = (goal.Title ?? "").Length > 20;
                    }

                    if (longTitle)
                    {
                        context.Report(goal.Start, goal.Id);
                    }
                }
            });
            """);
        var request = Request(ws.Path);
        using var session = LintSession.Open(request);
        Assert.Contains(session.Lint().Diagnostics, d => d.Id == "TEAM001");

        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Short\nstatus: proposed\n---\n");
        Assert.True(session.Apply(["goals/G-1.md"]));
        Assert.Equal(Json(Linter.Run(request)), Json(session.Lint()));
        Assert.DoesNotContain(session.Lint().Diagnostics, d => d.Id == "TEAM001");
    }

    [Fact]
    public void Lint_TeamRuleWithStaticState_StartsEachLintAfresh()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [rules]\nrule_prefix: TEAM\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: proposed\n---\n");
        ws.Write("rules/TEAM002-counted.csx", """
            // TEAM002 counted: a rule that keeps what it saw in statics, which live as long as the script's assembly.
            static int s_lints;
            var descriptor = new RuleDescriptor(
                Id: "TEAM002",
                Name: "counted",
                Title: "Goals are counted once",
                MessageFormat: "Goal '{0}' was seen in lint {1}",
                Category: "Team",
                DefaultSeverity: Severity.Warning)
            {
                Kinds = ["goal"],
            };

            return new Rule(descriptor, context =>
            {
                s_lints++;
                foreach (var goal in context.Workspace.Goals)
                {
                    Seen.Ids.Add(goal.Id, goal.Title ?? "");
                    context.Report(goal.Start, goal.Id, s_lints);
                }
            });

            class Seen
            {
                public static Dictionary<string, string> Ids { get; } = new();
            }
            """);
        var request = Request(ws.Path);
        using var session = LintSession.Open(request);
        Assert.Equal("Goal 'G-1' was seen in lint 1", Assert.Single(session.Lint().Diagnostics).Message);

        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow more\nstatus: proposed\n---\n");
        Assert.True(session.Apply(["goals/G-1.md"]));
        Assert.Equal(Json(Linter.Run(request)), Json(session.Lint()));
        Assert.Equal("Goal 'G-1' was seen in lint 1", Assert.Single(session.Lint().Diagnostics).Message);
    }

    [Fact]
    public void SetText_UnsavedText_LintsItAndLeavesTheFileAlone()
    {
        using var ws = new TempFolder();
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: proposed\n---\n");
        using var session = LintSession.Open(Request(ws.Path));
        Assert.Empty(session.Lint().Diagnostics);

        Assert.True(session.SetText("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: propose\n---\n"));
        var finding = Assert.Single(session.Lint().Diagnostics);
        Assert.Equal(("AL1001", "goals/G-1.md", 4), (finding.Id, finding.Location.Path, finding.Location.Line));
        Assert.Equal("---\nid: G-1\ntitle: Grow\nstatus: proposed\n---\n", File.ReadAllText(Path.Combine(ws.Path, "goals/G-1.md")));

        Assert.True(session.SetText("goals/G-1.md", null));
        Assert.Empty(session.Lint().Diagnostics);
    }

    [Fact]
    public void Changed_GoalIdEditedInAnEditor_NamesTheItemsThatReferenceIt()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: proposed\n---\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: One\ntype: task\nstatus: new\ngoals: [G-1]\n---\n");
        ws.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: Two\ntype: task\nstatus: new\ngoals: [G-1]\n---\n");
        ws.Write("backlog/PB-3.md", "---\nid: PB-3\ntitle: Three\ntype: task\nstatus: new\n---\n");
        using var session = LintSession.Open(Request(ws.Path));
        var before = session.Lint();
        Assert.Empty(before.Diagnostics);

        Assert.True(session.SetText("goals/G-1.md", "---\nid: G-7\ntitle: Grow\nstatus: proposed\n---\n"));
        var after = session.Lint();
        var changed = DocumentFindings.Changed(before, after);
        Assert.Equal(["backlog/PB-1.md", "backlog/PB-2.md"], changed.Keys);
        Assert.All(changed.Values, findings => Assert.Equal("AL3002", Assert.Single(findings).Id));

        // Undoing the edit clears them again: both documents are named, with no findings.
        Assert.True(session.SetText("goals/G-1.md", null));
        var undone = DocumentFindings.Changed(after, session.Lint());
        Assert.Equal(["backlog/PB-1.md", "backlog/PB-2.md"], undone.Keys);
        Assert.All(undone.Values, Assert.Empty);
        Assert.Empty(DocumentFindings.Changed(after, after));
    }

    private static LintRequest Request(string folder) => new()
    {
        WorkingDirectory = folder,
        ToolDirectory = AppContext.BaseDirectory,
        CacheDirectory = TestCache.Directory,
        AsOf = new DateOnly(2026, 11, 27),
    };

    private static string Json(LintResult result)
    {
        var writer = new StringWriter();
        new JsonReporter().Write(new Report(result, null), writer);
        return $"{writer}\ndocuments {result.DocumentCount}, rules {result.RuleCount}, failed {result.ToolFailed}";
    }

    // One random change to one front-matter line: a new value, a line gone, a line twice, or the id of another document.
    private static string Edited(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var end = lines.FindIndex(1, l => l == "---");
        if (end < 2)
        {
            return "---\nid: X-" + random.Next(100) + "\n---\n" + text;
        }

        var line = 1 + random.Next(end - 1);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            default:
                var key = KeyPattern().Match(lines[line]);
                lines[line] = (key.Success ? key.Value : "status: ") + s_values[random.Next(s_values.Length)];
                break;
        }

        return string.Join('\n', lines);
    }

    private static IReadOnlyList<string> Documents(string root) =>
        Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal) && !f.StartsWith("policy/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"^\s*(- )?[a-z_]+: ")]
    private static partial Regex KeyPattern();
}
