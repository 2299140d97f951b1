using ArtifactLint.Api;
using ArtifactLint.Configuration;
using ArtifactLint.Tests.Support;
using ArtifactLint.Settings;
using ArtifactLint.Files;

namespace ArtifactLint.Tests.Configuration;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TempFolder _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_EverySetting_IsReadWithTheKeysInTheOrderWritten()
    {
        _workspace.Write("policy/rules/.keep", "");
        _workspace.Write("schemas/persona.schema.json", "{}");

        var config = Load(
            "include: ['docs/**/*.md']\n" +
            "exclude: [README.md]\n" +
            "kinds:\n" +
            "  persona: { paths: ['personas/*.md'], schema: schemas/persona.schema.json }\n" +
            "  backlog-item: { paths: ['product/backlog/**/*.md', 'backlog/**/*.md'] }\n" +
            "rule_paths: [policy/rules]\n" +
            "rule_prefix: ACME\n" +
            "rule_timeout: 500ms\n" +
            "max_file_size: 1KB\n" +
            "rule_memory: 2GB\n" +
            "as_of: 2026-11-27\n" +
            "baseline: base.json\n");

        Assert.Equal(["docs/**/*.md"], config.Include);
        Assert.Equal(["README.md"], config.Exclude);
        Assert.Equal(["persona", "backlog-item"], config.Kinds.Select(k => k.Kind));
        Assert.Equal(["personas/*.md"], config.Kinds[0].Paths!);
        Assert.Equal("schemas/persona.schema.json", config.Kinds[0].Schema);
        Assert.Equal(["product/backlog/**/*.md", "backlog/**/*.md"], config.Kinds[1].Paths!);
        Assert.Null(config.Kinds[1].Schema);
        Assert.Equal(["policy/rules"], config.RulePaths);
        Assert.Equal("ACME", config.RulePrefix);
        Assert.Equal(TimeSpan.FromMilliseconds(500), config.RuleTimeout);
        Assert.Equal(new(1024, "1KB"), config.MaxFileSize);
        Assert.Equal(2L << 30, config.RuleMemory);
        Assert.Equal(new DateOnly(2026, 11, 27), config.AsOf);
        Assert.Equal("base.json", config.Baseline);
    }

    [Fact]
    public void Load_EmptyConfig_IsEveryDefault()
    {
        var config = Load("");

        Assert.Same(LintConfig.DefaultInclude, config.Include);
        Assert.Empty(config.Exclude);
        Assert.Empty(config.Kinds);
        Assert.Same(Workflow.Default, config.Workflow);
        Assert.Empty(config.Rules);
        Assert.Empty(config.RulePaths);
        Assert.Null(config.RulePrefix);
        Assert.Equal(TimeSpan.FromSeconds(5), config.RuleTimeout);
        Assert.Same(FileSizeLimit.Default, config.MaxFileSize);
        Assert.Null(config.RuleMemory);
        Assert.Null(config.AsOf);
        Assert.Null(config.Baseline);
    }

    [Fact]
    public void Load_Rules_ASeverityAloneOrSettings_AreLocatedAtTheKeyAndTheOptionsKeepTheirPositions()
    {
        var config = Load(
            "rules:\n" +
            "  AL3001: off\n" +
            "  sprint-capacity: { severity: warning, options: { warn_at: 0.9 } }\n" +
            "  AL2002: {}\n");

        Assert.Equal(["AL3001", "sprint-capacity", "AL2002"], config.Rules.Select(r => r.Key));
        var (off, capacity, bare) = (config.Rules[0], config.Rules[1], config.Rules[2]);
        Assert.True(off.IsOff);
        Assert.Null(off.Severity);
        Assert.Null(off.Options);
        Assert.Equal((2, 3), (off.KeyLocation.Line, off.KeyLocation.Column));
        Assert.False(capacity.IsOff);
        Assert.Equal(Severity.Warning, capacity.Severity);
        Assert.Equal((3, 3), (capacity.KeyLocation.Line, capacity.KeyLocation.Column));
        Assert.Equal((3, 50), (capacity.OptionsLocation!.Line, capacity.OptionsLocation.Column));
        Assert.Equal(0.9, (double)capacity.Options!["warn_at"]!);
        Assert.Equal(Location.At(".artifactlint.yml", 3, 61), At(config.Source!.LocationOf(capacity.Options["warn_at"]!)));
        Assert.False(bare.IsOff);
        Assert.Null(bare.Severity);
        Assert.Null(bare.Options);
    }

    [Fact]
    public void Load_WorkflowWithStatusesOnly_KeepsTheDefaultListsFilteredToThem()
    {
        var config = Load("workflow:\n  statuses: [new, ready, done]\n");

        Assert.Equal(["new", "ready", "done"], config.Workflow.Statuses);
        Assert.Equal(["ready", "done"], config.Workflow.Ready);
        Assert.Empty(config.Workflow.InProgress);
        Assert.Equal(["done"], config.Workflow.Done);
        Assert.Empty(config.Workflow.Dropped);
    }

    [Fact]
    public void Load_WorkflowLists_ReplaceTheDefaults()
    {
        var config = Load("workflow:\n  in_progress: [review]\n  done: [done, dropped]\n  dropped: []\n");

        Assert.Equal(Workflow.Default.Statuses, config.Workflow.Statuses);
        Assert.Equal(Workflow.Default.Ready, config.Workflow.Ready);
        Assert.Equal(["review"], config.Workflow.InProgress);
        Assert.Equal(["done", "dropped"], config.Workflow.Done);
        Assert.Empty(config.Workflow.Dropped);
    }

    [Theory]
    [InlineData("rule_paths: [\"a\\0b\"]\n", 1, 14, "the rule folder 'a\\0b' contains a NUL character")]
    [InlineData("baseline: \"a\\0b\"\n", 1, 11, "the baseline path contains a NUL character")]
    [InlineData("kinds: { x: { schema: \"a\\0b\" } }\n", 1, 23, "the schema of kind 'x' contains a NUL character")]
    public void Load_PathWithANulCharacter_IsAnErrorAtItsValueNotACrash(string yaml, int line, int column, string message)
    {
        var result = ConfigLoader.Load(_workspace.Path, _workspace.Write(".artifactlint.yml", yaml), Repo.Schemas);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(message, error.Message);
        Assert.EndsWith("which no file or folder name can hold: remove it", error.Message);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("2147483647ms")]
    [InlineData("999999999s")]
    [InlineData("86401s")]
    public void Load_RuleTimeoutPastADay_IsAnErrorAtItsValueNotACrashLater(string timeout)
    {
        var result = ConfigLoader.Load(_workspace.Path, _workspace.Write(".artifactlint.yml", $"rule_timeout: {timeout}\n"), Repo.Schemas);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"'rule_timeout' must be a positive duration of at most a day (86400s), such as 5s or 500ms; found '{timeout}'", error.Message);
        Assert.Equal((1, 15), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_ValuesThatPassTheSchemaButStandForNothing_AreErrorsAtEachValueInThisOrder()
    {
        var result = ConfigLoader.Load(_workspace.Path, _workspace.Write(".artifactlint.yml",
            "kinds: { k: { schema: s.json } }\n" +
            "rule_paths: [nope]\n" +
            "as_of: 2026-02-30\n" +
            "rule_memory: 0MB\n" +
            "max_file_size: 0KB\n" +
            "rule_timeout: 0s\n" +
            "workflow: { statuses: [a], done: [b] }\n"), Repo.Schemas);

        Assert.Null(result.Config);
        Assert.Equal(
            [
                "7:35 workflow 'done' names 'b', which is not one of the workflow statuses (a): add it to 'statuses' or remove it here",
                "6:15 'rule_timeout' must be a positive duration of at most a day (86400s), such as 5s or 500ms; found '0s'",
                "5:16 'max_file_size' must be a size from 1KB to 512MB, such as 10MB or 500KB; found '0KB'",
                "4:14 'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '0MB'",
                "3:8 'as_of' must be a date written YYYY-MM-DD; found '2026-02-30'",
                "2:14 the rule folder 'nope' does not exist (paths are relative to the config's folder): fix the path or remove it from 'rule_paths'",
                "1:23 the schema 's.json' of kind 'k' does not exist (paths are relative to the config's folder)",
            ],
            result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Message}"));
        Assert.All(result.Errors, e => Assert.Equal("AL0006", e.Id));
    }

    private static Location At(Location location) => Location.At(location.Path, location.Line, location.Column);

    private LintConfig Load(string yaml)
    {
        var result = ConfigLoader.Load(_workspace.Path, _workspace.Write(".artifactlint.yml", yaml), Repo.Schemas);
        Assert.Empty(result.Errors);
        return result.Config!;
    }
}
