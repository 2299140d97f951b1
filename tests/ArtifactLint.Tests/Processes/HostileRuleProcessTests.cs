using System.Text.Json;
using ArtifactLint.Tests.Scripting;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Processes;

/// <summary>
/// Team rules written to take the linter down, run through the CLI as a real process: a stack
/// overflow or an exception on another thread would end a test host, and only a process shows that
/// the report is still written. Each rule under tests/fixtures/scripting/hostile marks the line and
/// id of the diagnostic it must end in (<c>// expect: ID</c>).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class HostileRuleProcessTests
{
    [Fact]
    public void Lint_HostileTeamRules_EachEndsInItsDiagnostic_AndTheOthersStillReport()
    {
        using var ws = new TempFolder();
        using var output = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [rules]\nrule_timeout: 2s\nrule_memory: 64MB\n");
        ws.Write("docs/a.md", "# A\n");
        var scripts = ScriptFixtures.Files("hostile").ToArray();
        foreach (var script in scripts)
        {
            ws.Write("rules/" + Path.GetFileName(script), ScriptFixtures.Source(script).Text);
        }

        var report = Path.Combine(output.Path, "report.json");
        var run = CliProcess.Lint(ws.Path, TestCache.Directory, report: report);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Output, StringComparison.Ordinal);
        var findings = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Line: f.GetProperty("line").GetInt32(), Id: f.GetProperty("ruleId").GetString()!, Message: f.GetProperty("message").GetString()!))
            .ToArray();
        foreach (var script in scripts)
        {
            var path = "rules/" + Path.GetFileName(script);
            var id = Path.GetFileName(script).Split('-')[0];
            var actual = findings.Where(f => f.Path == path).ToArray();
            Assert.True(ScriptFixtures.Expected(ScriptFixtures.Source(script)).SequenceEqual(actual.Select(f => (f.Line, f.Id))), $"{path}: {string.Join("; ", actual)}");
            Assert.All(actual, f => Assert.Matches($"^(rule {id} |the script's top-level code |the rule's descriptor |the script must end )", f.Message));
        }

        Assert.Equal(
            [
                ("HOST14", new string('m', 1000) + "… (cut: 10485760 characters in all)"),
                ("HOST20", "3 items through 200000 links"),
                ("HOST21", "a healthy finding"),
            ],
            findings.Where(f => f.Path == "docs/a.md").Select(f => (f.Id, f.Message)).Order());
    }
}
