using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Schemas.Suite;

/// <summary>
/// Lints one suite file through the CLI, as a user's workspace would be: each group's schema is a team kind's
/// schema file, each test's instance a document's front matter (JSON is YAML's flow style). An instance that
/// is not an object goes into a document as <c>value</c>, against the schema wrapped by <see cref="SuiteSchemas.Wrap"/>.
/// </summary>
internal static class SuiteRun
{
    /// <summary>Each test of the file (remote references left out) with what linting its document gave.</summary>
    public static IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> Lint(string suiteFolder, string relativePath)
    {
        using var ws = new TempFolder();
        var file = relativePath[..^".json".Length];
        var config = new StringBuilder("as_of: 2026-11-27\nkinds:\n");
        var cases = new List<SuiteCase>();
        using var suite = JsonDocument.Parse(File.ReadAllText(Path.Combine(suiteFolder, relativePath)));
        var groupIndex = 0;
        foreach (var group in suite.RootElement.EnumerateArray())
        {
            var g = groupIndex++;
            var schemaText = group.GetProperty("schema").GetRawText();
            if (SuiteSchemas.IsRemote(JsonNode.Parse(schemaText)))
            {
                continue;
            }

            var testIndex = 0;
            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                var data = test.GetProperty("data");
                var wrapped = data.ValueKind != JsonValueKind.Object;
                var kind = wrapped ? $"k{g}w" : $"k{g}";
                if (!cases.Any(c => c.Kind == kind))
                {
                    var schema = wrapped ? SuiteSchemas.Wrap(JsonNode.Parse(schemaText)).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) : schemaText;
                    ws.Write($"schemas/{kind}.json", schema);
                    config.Append($"  {kind}: {{ paths: [\"{kind}/*.md\"], schema: schemas/{kind}.json }}\n");
                }

                // JSON strings hold no raw line break or tab, so the instance fits on one line as it is written.
                var instance = OneLine(data.GetRawText());
                var path = $"{kind}/t{testIndex++}.md";
                ws.Write(path, $"---\n{(wrapped ? $"{{\"value\": {instance}}}" : instance)}\n---\n");
                cases.Add(new SuiteCase(file, group.GetProperty("description").GetString()!, test.GetProperty("description").GetString()!,
                    test.GetProperty("valid").GetBoolean(), wrapped, kind, path));
            }
        }

        if (cases.Count == 0)
        {
            return [];
        }

        ws.Write(".artifactlint.yml", config.ToString());
        var run = CliRun.EngineOnly(ws.Path, "lint", "--no-cache", "-f", "json");
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"lint of {relativePath} exited {run.ExitCode}: {run.Error}");
        }

        return Classify(cases, run.Out);
    }

    private static List<(SuiteCase, SuiteOutcome)> Classify(List<SuiteCase> cases, string report)
    {
        using var json = JsonDocument.Parse(report);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Id: f.GetProperty("ruleId").GetString()!))
            .ToList();
        return cases.Select(c =>
        {
            var ids = findings.Where(f => f.Path == c.Path).Select(f => f.Id).ToHashSet();
            var rejected = ids.Contains("AL1001") || ids.Contains("AL0001");
            var warned = ids.Contains("AL0011")
                || findings.Any(f => f.Path == $"schemas/{c.Kind}.json" && f.Id is "AL0010" or "AL0011");
            return (c, rejected != c.Valid ? SuiteOutcome.Passed : warned ? SuiteOutcome.Warned : SuiteOutcome.Silent);
        }).ToList();
    }

    private static string OneLine(string json) => json.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
