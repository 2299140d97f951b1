using ArtifactLint.Tests.Support;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public void List_ShowsEngineAndBuiltInRulesWithTheirSource()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rules:\n  sprint-capacity: warning\n  AL2006: off\n");

        var run = CliRun.Run(ws.Path, "rules", "list");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        Assert.Equal(["ID", "NAME", "SEVERITY", "TITLE", "SOURCE"], rows[0]);
        Assert.Equal(EngineRules.All.Count + 27, rows.Length - 1);
        Assert.Equal(["AL0001", "yaml-syntax", "error", "Front matter is not valid YAML", "engine"], rows[1]);
        var capacity = Assert.Single(rows, r => r[0] == "AL4001");
        Assert.Equal(["AL4001", "sprint-capacity", "warning"], capacity[..3]);
        Assert.Equal("rules/AL4001-sprint-capacity.csx", capacity[^1]);
        Assert.Equal("off", Assert.Single(rows, r => r[0] == "AL2006")[2]);
    }

    [Fact]
    public void Explain_ByNameOrId_PrintsTheDocPage()
    {
        var byName = CliRun.Run(Repo.Root, "rules", "explain", "sprint-capacity");
        var byId = CliRun.Run(Repo.Root, "rules", "explain", "AL1003");

        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Rules, "AL4001-sprint-capacity.md")), byName.Out);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Rules, "engine", "AL1003-duplicate-id.md")), byId.Out);
    }

    [Fact]
    public void Explain_UnknownRule_ExitsTwoWithSuggestion()
    {
        var run = CliRun.Run(Repo.Root, "rules", "explain", "sprint-capacty");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("artifactlint: no rule has the id or name 'sprint-capacty'. Did you mean 'sprint-capacity'?\n", run.Error);
    }

    [Fact]
    public void New_ScaffoldsARuleWhoseFixtureFailsUntilItIsWritten_ThenTestPasses()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy/rules]\nrule_prefix: ACME\n");
        ws.Write("policy/rules/ACME001-existing.csx", "return null;");

        var created = CliRun.Run(ws.Path, "rules", "new", "item-has-estimate");
        File.Delete(Path.Combine(ws.Path, "policy/rules/ACME001-existing.csx"));
        var failing = CliRun.Run(ws.Path, "rules", "test");
        var script = Path.Combine(ws.Path, "policy/rules/ACME002-item-has-estimate.csx");
        File.WriteAllText(script, File.ReadAllText(script).Replace("// context.Report(\"todo\", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id });", "context.Report(\"todo\", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id });"));
        var passing = CliRun.Run(ws.Path, "rules", "test");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("created policy/rules/ACME002-item-has-estimate.csx", created.Out);
        Assert.True(File.Exists(Path.Combine(ws.Path, "policy/rules/ACME002-item-has-estimate.md")));
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("missing:    backlog/PB-1.md:5: ACME002", failing.Out);
        Assert.Equal(0, passing.ExitCode);
        Assert.Equal("1 fixtures, 0 failed\n", passing.Error);
    }

    [Fact]
    public void Test_MalformedExpectedFile_FailsThatFixtureAndRunsTheOthers()
    {
        using var ws = new TempFolder();
        const string Item = "---\nid: PB-1\nkind: backlog-item\ntitle: An item\ntype: task\nstatus: new\n---\nBody.\n";
        ws.Write("fixtures/a/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("fixtures/a/backlog/PB-1.md", Item);
        ws.Write("fixtures/a/expected.txt", "backlog/PB-1.md:1: AL1001, AL1001\n");
        ws.Write("fixtures/b/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("fixtures/b/backlog/PB-1.md", Item);

        var run = CliRun.EngineOnly(ws.Path, "rules", "test", "fixtures");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fixtures/a: FAILED\n  cannot read: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("'backlog/PB-1.md:1: AL1001, AL1001' is not of the form", run.Out, StringComparison.Ordinal);
        Assert.Contains("fixtures/b: ok (0 expected findings)\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("item-has-owner", "a rule named 'item-has-owner' already exists (policy/rules/ACME001-item-has-owner.csx)")]
    [InlineData("reference-exists", "a rule named 'reference-exists' already exists (AL3002, a built-in rule)")]
    [InlineData("yaml-syntax", "a rule named 'yaml-syntax' already exists (AL0001, an engine diagnostic)")]
    public void New_NameTaken_ExitsTwoAndWritesNothing(string name, string message)
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy/rules]\nrule_prefix: ACME\n");
        ws.Write("policy/rules/ACME001-item-has-owner.csx", "return null;");

        var run = CliRun.Run(ws.Path, "rules", "new", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"artifactlint: {message}: rule names are unique, because the config and suppressions accept them; choose another name\n", run.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(ws.Path, "policy", "rules")));
    }

    [Fact]
    public void New_WithoutRulePaths_AddsTheFolderToTheConfigKeepingItsComments()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "# Ledgerly's product docs\nas_of: 2026-11-27 # pinned for the examples\n");

        var created = CliRun.Run(ws.Path, "rules", "new", "item-has-owner");
        var tested = CliRun.Run(ws.Path, "rules", "test");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("added rule_paths: [policy/rules] to .artifactlint.yml, so that lint and rules test run the rule\n", created.Out);
        Assert.Equal("# Ledgerly's product docs\nas_of: 2026-11-27 # pinned for the examples\nrule_paths: [policy/rules]\n", File.ReadAllText(Path.Combine(ws.Path, ".artifactlint.yml")));
        Assert.Equal(1, tested.ExitCode);
        Assert.Contains("missing:    backlog/PB-1.md:5: TEAM001", tested.Out);
    }

    [Fact]
    public void Test_OneFixtureWhoseOwnConfigIsBrokenOnPurpose_RunsAsAFixture()
    {
        var run = CliRun.Run(Repo.Root, "rules", "test", "tests/fixtures/engine/AL0006-config-error/basic");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal("tests/fixtures/engine/AL0006-config-error/basic: ok (1 expected findings)\n", run.Out);
    }

    [Fact]
    public void Test_RuleThatDoesNotCompile_ShowsItsCompileErrorAndExitsTwo()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [policy/rules]\nrule_prefix: ACME\n");
        Assert.Equal(0, CliRun.Run(ws.Path, "rules", "new", "item-has-owner").ExitCode);
        File.AppendAllText(Path.Combine(ws.Path, "policy", "rules", "ACME001-item-has-owner.csx"), "this does not compile\n");

        var run = CliRun.Run(ws.Path, "rules", "test");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("policy/rules/fixtures/ACME001-item-has-owner/basic: FAILED", lines[0]);
        Assert.StartsWith("  cannot run: ../../../ACME001-item-has-owner.csx:", lines[1]);
        Assert.Contains(": AL0002: CS1002: ; expected", lines[1]);
        Assert.DoesNotContain("AL0006", run.Out);
        Assert.Equal("1 fixtures, 1 failed, 1 could not run (a rule that does not compile or load, or a config error)\n", run.Error);
    }

    [Fact]
    public void Lint_RuleNamingAFieldItsKindDoesNotHave_FailsAtItsLineInsteadOfPointingAtTheStart()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: T\ntype: story\nstatus: new\n---\n");
        ws.Write(
            "rules/ACME052-typo.csx",
            "var descriptor = new RuleDescriptor(\"ACME052\", \"typo\", \"Typo\", \"{0}\", \"Team\", Severity.Error);\n" +
            "return new Rule(descriptor, context =>\n{\n    foreach (var item in context.Workspace.BacklogItems)\n    {\n" +
            "        context.Report(item.LocationOf(\"statsu\"), item.Id);\n    }\n});\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(
            "rules/ACME052-typo.csx:6:1: error AL0003: rule ACME052 threw ArgumentException: 'statsu' is not a field of a backlog item: its schema has ",
            run.Out);
        Assert.Contains(". Did you mean 'status'? [rule-failed]\n", run.Out);
    }

    [Fact]
    public void New_NameNotKebabCase_ExitsTwo()
    {
        using var ws = new TempFolder();

        var run = CliRun.Run(ws.Path, "rules", "new", "ItemHasOwner");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must be kebab-case", run.Error);
    }

    [Fact]
    public void Lint_UnknownRuleInConfig_IsConfigErrorAtItsKey()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rules:\n  sprint-capacty: warning\n");

        var run = CliRun.Run(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(".artifactlint.yml:2:3: error AL0006: 'rules' names 'sprint-capacty', which is not a rule id or name. Did you mean 'sprint-capacity'? [config-error]\n", run.Error);
    }

    [Fact]
    public void Lint_RuleOptionAgainstItsSchema_IsConfigErrorAtTheOption()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rules:\n  sprint-capacity:\n    severity: error\n    options: { warn_at: high }\n");

        var run = CliRun.Run(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(".artifactlint.yml:4:25: error AL0006: rule AL4001 (sprint-capacity): 'rules.sprint-capacity.options.warn_at' must be a number; found the text 'high' [config-error]\n", run.Error);
    }

    [Fact]
    public void Lint_TeamRuleWhoseOptionsSchemaIsNotJson_IsAConfigErrorNotACrash()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\nrules:\n  ACME050: { severity: warning, options: { x: 1 } }\n");
        ws.Write(
            "rules/ACME050-bad-schema.csx",
            "var descriptor = new RuleDescriptor(\"ACME050\", \"bad-schema\", \"Bad options schema\", \"{0}\", \"Team\", Severity.Error) { OptionsSchema = \"{ not json\" };\n" +
            "return new Rule(descriptor, context => { });\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ".artifactlint.yml:3:42: error AL0006: rule ACME050 (bad-schema): its options cannot be checked, because the OptionsSchema of its descriptor " +
            "is not a valid JSON Schema (Invalid character after parsing property name. Expected ':' but got: j. Path ''…); the rule's author must fix it, " +
            "or remove 'options' here [config-error]\n",
            run.Error);
    }

    [Fact]
    public void Lint_TeamRuleWhoseOptionsSchemaRefersToTheNetwork_IsAConfigErrorAndNothingIsFetched()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_paths: [rules]\nrules:\n  ACME051: { severity: warning, options: { x: 1 } }\n");
        ws.Write(
            "rules/ACME051-remote-schema.csx",
            "var descriptor = new RuleDescriptor(\"ACME051\", \"remote-schema\", \"Remote options schema\", \"{0}\", \"Team\", Severity.Error) " +
            "{ OptionsSchema = \"{ \\\"$ref\\\": \\\"http://127.0.0.1:9/options.json\\\" }\" };\n" +
            "return new Rule(descriptor, context => { });\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ".artifactlint.yml:3:42: error AL0006: rule ACME051 (remote-schema): its options cannot be checked, because the OptionsSchema of its descriptor " +
            "cannot be used: it refers ($ref) to 'http://127.0.0.1:9/options.json' on the network, which ArtifactLint never fetches: copy that schema into " +
            "the repository and refer to it by a relative path; the rule's author must fix it, or remove 'options' here [config-error]\n",
            run.Error);
    }
}
