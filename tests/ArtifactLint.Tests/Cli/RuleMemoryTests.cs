using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary><c>rule_memory</c>: validated where it is written, and a rule past it is AL0014 while the others still report.</summary>
public sealed class RuleMemoryTests
{
    private const string Healthy =
        "var descriptor = new RuleDescriptor(\"ACME002\", \"healthy\", \"Reports once\", \"a finding\", \"Team\", Severity.Warning);\n" +
        "return new Rule(descriptor, context => context.Report(Location.At(\"docs/a.md\", 1, 1)));\n";

    private const string KeepsEverything =
        "var descriptor = new RuleDescriptor(\"ACME001\", \"keeps-everything\", \"Keeps everything\", \"{0}\", \"Team\", Severity.Error);\n" +
        "return new Rule(descriptor, context =>\n" +
        "{\n" +
        "    var kept = new List<string>();\n" +
        "    while (true) { kept.Add(new string('x', 100_000)); }\n" +
        "});\n";

    [Theory]
    [InlineData("0MB", "'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '0MB'")]
    [InlineData("2048GB", "'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '2048GB'")]
    [InlineData("99999999999999999999MB", "'rule_memory' must be a size from 1MB to 1024GB, written like 512MB or 2GB; found '99999999999999999999MB'")]
    [InlineData("1.5GB", "'rule_memory' must match the pattern ^\\d+(MB|GB)$ (Rule memory); found '1.5GB'")]
    [InlineData("512", "'rule_memory' must be text; found the number 512")]
    public void Lint_RuleMemoryNotASize_IsAConfigErrorAtItsValue(string value, string message)
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", $"as_of: 2026-11-27\nrule_memory: {value}\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($".artifactlint.yml:2:14: error AL0006: {message} [config-error]\n", run.Error);
    }

    [Fact]
    public void Lint_RulePastItsMemoryBudget_IsAL0014AndTheOtherRulesStillReport()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [rules]\nrule_memory: 32MB\n");
        ws.Write("docs/a.md", "# A\n");
        ws.Write("rules/ACME001-keeps-everything.csx", KeepsEverything);
        ws.Write("rules/ACME002-healthy.csx", Healthy);

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "docs/a.md:1:1: warning ACME002: a finding [healthy]\n" +
            "rules/ACME001-keeps-everything.csx:5:1: error AL0014: rule ACME001 allocated more than 32 MB (rule_memory) and was stopped: " +
            "look for a collection that grows without end or a copy made inside a loop; raise rule_memory only for a rule that needs more " +
            "on a large workspace [rule-memory-exceeded]\n",
            run.Out);
    }
}
