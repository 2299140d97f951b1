using System.Text.Json;
using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Tests.Support;
using NJsonSchema;
using static ArtifactLint.Tests.Reporting.ReportSamples;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Reporting;

public sealed class SarifReporterTests
{
    private const string Config = "as_of: 2026-11-27\n";

    private static readonly string MessyRun =
        CliRun.Run(Repo.Root, "lint", Path.Combine(Repo.Examples, "messy-repo"), "--format", "sarif").Out;

    [Fact]
    public void Lint_MessyExample_ValidatesAgainstTheOfficialSchema()
    {
        var errors = SarifSchema.Official.Validate(MessyRun);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));

        // Its three fixable findings carry their fixes, and AL4006's its suggestion, which the schema checked too.
        var results = System.Text.Json.JsonDocument.Parse(MessyRun).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        var withFixes = results.Where(r => r.TryGetProperty("fixes", out _)).ToList();
        Assert.Equal(["AL1001", "AL1001", "AL1004", "AL4006"], withFixes.Select(r => r.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        var fixes = withFixes.Select(r => r.GetProperty("fixes")[0]).ToList();
        var version = fixes.Single(f => f.GetProperty("description").GetProperty("text").GetString() == "Quote 'version' as \"4.10\"");
        var replacement = version.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("\"4.10\"", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(10, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.Equal(14, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void OfficialSchema_BrokenSarif_Rejected()
    {
        var broken = MessyRun.Replace("\"level\": \"warning\"", "\"level\": \"fatal\"", StringComparison.Ordinal)
            .Replace("\"uriBaseId\": \"SRCROOT\"", "\"uriBaseId\": 7", StringComparison.Ordinal);

        var errors = SarifSchema.Official.Validate(broken);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Write_SuppressedAndRelatedFindings_ValidateAgainstTheOfficialSchema()
    {
        var report = Of(
        [
            Finding(Severity.Error, "dir with space/a.md", 1, "m") with
            {
                RelatedLocations = [new RelatedLocation(Location.At("b.md", 2, 2), "here")],
                Suppression = new Suppression(Location.At("dir with space/a.md", 1, 1), "known"),
            },
            Finding(Severity.Info, "c.md", 1, "m", TeamRule),
        ]);

        var errors = SarifSchema.Official.Validate(Write(new SarifReporter(), report));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Lint_MessyExample_DriverListsEveryRuleWithItsMetadata()
    {
        var driver = Run(MessyRun).GetProperty("tool").GetProperty("driver");

        Assert.Equal("ArtifactLint", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/artifactlint/artifactlint", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(EngineRules.All.Count + rules.Count(r => !r.GetProperty("id").GetString()!.StartsWith("AL0", StringComparison.Ordinal) && !r.GetProperty("id").GetString()!.StartsWith("AL1", StringComparison.Ordinal)), rules.Count);
        Assert.Equal(rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count(), rules.Count);
        var duplicate = rules.Single(r => r.GetProperty("id").GetString() == "AL1003");
        Assert.Equal("duplicate-id", duplicate.GetProperty("name").GetString());
        Assert.Equal("Two artifacts share an id", duplicate.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(
            "https://github.com/artifactlint/artifactlint/blob/main/rules/engine/AL1003-duplicate-id.md",
            duplicate.GetProperty("helpUri").GetString());
        Assert.Equal("error", duplicate.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("warning", rules.Single(r => r.GetProperty("id").GetString() == "AL1004").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.All(rules.Where(r => r.GetProperty("id").GetString()!.StartsWith("AL", StringComparison.Ordinal)), r =>
        {
            var id = r.GetProperty("id").GetString()!;
            var folder = id.StartsWith("AL0", StringComparison.Ordinal) || id.StartsWith("AL1", StringComparison.Ordinal) ? Path.Combine("rules", "engine") : "rules";
            Assert.True(File.Exists(Path.Combine(Repo.Root, folder, $"{id}-{r.GetProperty("name").GetString()}.md")), id);
        });
    }

    [Fact]
    public void Lint_BrokenConfig_StillWritesTheSarifFileWithTheConfigErrorAndAFailedInvocation()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "rule_timout: 5s\n");
        ws.Write("results.sarif", "stale, from an earlier run\n");

        var run = CliRun.EngineOnly(ws.Path, "lint", "-f", "sarif:results.sarif");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith(".artifactlint.yml:1:1: error AL0006: 'rule_timout' is not a property", run.Error);
        var sarif = File.ReadAllText(Path.Combine(ws.Path, "results.sarif"));
        Assert.Empty(SarifSchema.Official.Validate(sarif).Select(e => $"{e.Path}: {e.Kind}"));
        var log = Run(sarif);
        Assert.False(log.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("AL0006", Assert.Single(Results(log)).GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Lint_MessyExample_RulesCarryTheirMessagesAndResultsSayWhichWithItsArguments()
    {
        var run = Run(MessyRun);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var capacity = rules.Single(r => r.GetProperty("id").GetString() == "AL4001").GetProperty("messageStrings");
        Assert.Equal(
            "Sprint '{0}' is committed to {1} but its capacity is {2}: {3}; move items to a later sprint or split them",
            capacity.GetProperty("over-capacity").GetProperty("text").GetString());
        Assert.True(capacity.TryGetProperty("near-capacity", out _));

        // The engine composes its own messages: its rules declare none.
        Assert.False(rules.Single(r => r.GetProperty("id").GetString() == "AL1001").TryGetProperty("messageStrings", out _));

        var result = Results(run).First(r => r.GetProperty("ruleId").GetString() == "AL4001");
        var message = result.GetProperty("message");
        Assert.Equal("over-capacity", message.GetProperty("id").GetString());
        var arguments = message.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var template = capacity.GetProperty("over-capacity").GetProperty("text").GetString()!;
        Assert.Equal(message.GetProperty("text").GetString(), string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments));
    }

    [Fact]
    public void Lint_MessyExample_ResultHasRuleIndexLevelAndRepositoryRelativeRegion()
    {
        var run = Run(MessyRun);
        var result = Results(run).Single(r => r.GetProperty("ruleId").GetString() == "AL1001"
            && Uri(r.GetProperty("locations")[0]).EndsWith("G-3-win-small-businesses-across-the-eu.md", StringComparison.Ordinal));

        Assert.Equal("error", result.GetProperty("level").GetString());
        var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("AL1001", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[ruleIndex].GetProperty("id").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("examples/messy-repo/goals/G-3-win-small-businesses-across-the-eu.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal("{\"startLine\":5,\"startColumn\":9,\"endLine\":5,\"endColumn\":14}", Compact(physical.GetProperty("region")));
        Assert.Equal(SarifReporter.FolderUri(Repo.Root), run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void Lint_MessyExample_DuplicateIdHasTheFirstUseAsRelatedLocation()
    {
        var result = Results(Run(MessyRun)).Single(r => r.GetProperty("ruleId").GetString() == "AL1003");

        var related = result.GetProperty("relatedLocations").EnumerateArray().Single();
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal("'PB-127' is first used here", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("examples/messy-repo/backlog/PB-127-payment-events-audit-log.md", Uri(related));
        Assert.Equal("{\"startLine\":2,\"startColumn\":5,\"endLine\":2,\"endColumn\":11}", Compact(related.GetProperty("physicalLocation").GetProperty("region")));
    }

    [Fact]
    public void Lint_LinesInsertedAboveFindings_FingerprintsUnchanged()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: activ\n---\n");
        ws.Write("goals/G-2.md", "---\nid: G-2\ntitle: Keep\nstatus: done-ish\n---\n");
        var before = Fingerprints(CliRun.Run(ws.Path, "lint", "--format", "sarif").Out);
        ws.Write("goals/G-1.md", "---\n# owner: the growth team\n# reviewed quarterly\nid: G-1\n\ntitle: Grow\nstatus: activ\n---\n");

        var after = Fingerprints(CliRun.Run(ws.Path, "lint", "--format", "sarif").Out);

        Assert.Equal(2, before.Count);
        Assert.Equal([4, 7], [before[0].Line, after[0].Line]);
        Assert.Equal(before.Select(f => f.Fingerprint), after.Select(f => f.Fingerprint));
        Assert.NotEqual(before[0].Fingerprint, before[1].Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", before[0].Fingerprint);
    }

    [Fact]
    public void Write_SuppressedFinding_KeptWithInSourceSuppressionAndJustification()
    {
        var report = Of(
        [
            Finding(Severity.Error, "a.md", 2, "m") with { Suppression = new Suppression(Location.At("a.md", 1, 1), "legacy item, fixed in Q3") },
        ]);

        var result = Results(Run(Write(new SarifReporter(), report))).Single();

        var suppression = result.GetProperty("suppressions").EnumerateArray().Single();
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("legacy item, fixed in Q3", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Write_EmptySpan_MarksOneCharacter()
    {
        var report = Of([new Diagnostic(ReferenceExists, Severity.Error, Location.StartOf("a.md"), "m")]);

        var result = Results(Run(Write(new SarifReporter(), report))).Single();

        Assert.Equal(
            "{\"startLine\":1,\"startColumn\":1,\"endLine\":1,\"endColumn\":2}",
            Compact(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")));
        Assert.Equal("product/a.md", Uri(result.GetProperty("locations")[0]));
    }

    [Fact]
    public void Write_TeamRuleWithoutHelpUri_NoHelpUri()
    {
        var rules = Run(Write(new SarifReporter(), Of([]))).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        var team = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ACME001");
        Assert.False(team.TryGetProperty("helpUri", out _));
        Assert.Equal("note", team.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static IEnumerable<JsonElement> Results(JsonElement run) => run.GetProperty("results").EnumerateArray();

    private static string Uri(JsonElement location) =>
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static List<(int Line, string Fingerprint)> Fingerprints(string sarif) =>
        Results(Run(sarif))
            .Select(r => (
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("partialFingerprints").GetProperty("artifactlint/v1").GetString()!))
            .ToList();
}
