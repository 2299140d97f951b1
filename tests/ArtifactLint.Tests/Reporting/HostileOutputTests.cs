using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Reporting;

/// <summary>
/// File names and values written to forge findings or drive the terminal: each human-readable format shows them
/// escaped, one finding a line, and reads back to exactly what JSON reports; JSON and SARIF keep them exact.
/// </summary>
public sealed class HostileOutputTests : IDisposable
{
    private const string Finding = @"^(?<path>[^\s].*?):(?<line>\d+):(?<col>\d+): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>.*) \[(?<name>[a-z0-9-]+)\]$";
    private const string Related = @"^  (?<path>[^\s].*?):(?<line>\d+):(?<col>\d+): note: (?<message>.*)$";

    private static readonly string[] Names =
    [
        "backlog/x.md:1:1: error AL9999: injected [fake].md",
        "backlog/new\nline.md",
        "backlog/esc\u001b[2J\u001b]0;title\u0007\u202edm.md",
        "backlog/tab\tbidi\u2066x\u2069 zw\u200b cr\r del\u007f c1\u009b.md",
        " lead.md",
        "backlog/dup-a\u001b[31m.md",
        "backlog/dup-b\u202e.md",
        "backlog/back\\nslash\\u001b.md",
    ];

    private static readonly string[] Values =
    [
        @"""a\nfake.md:1:1: error AL9999: injected""",
        @"""\e[2J\e[H""",
        @"""\u202etxt.exe\r""",
        @"""\x85\L\P\0 \x7f""",
        @"""x\\ny""",
    ];

    private readonly TempFolder _ws = new();

    public HostileOutputTests()
    {
        _ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        for (var i = 0; i < Names.Length; i++)
        {
            var id = Names[i].Contains("dup-", StringComparison.Ordinal) ? "PB-9" : $"PB-{i}";
            var kind = Names[i].StartsWith(' ') ? "kind: backlog-item\n" : string.Empty;
            _ws.Write(Names[i], $"---\nid: {id}\n{kind}title: T\ntype: story\nstatus: {Values[i % Values.Length]}\n---\n");
        }

        // A raw escape sequence in the front matter itself, where the YAML parser quotes it back.
        _ws.Write("backlog/raw.md", "---\nid: PB-99\ntitle: T\ntype: story\nstatus: a\u001b[2Jb\n---\n");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Lint_Text_EveryLineIsOneFindingOrRelatedLocationThatReadsBackToTheJsonReport()
    {
        var findings = JsonFindings();

        var run = CliRun.EngineOnly(_ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("", lines[^1]);
        var expected = findings.SelectMany(f => f.Related.Select(r => (Kind: "related", r.Path, r.Line, r.Column, r.Message)).Prepend(("finding", f.Path, f.Line, f.Column, f.Message)));
        var parsed = lines[..^1].Select(line =>
        {
            Assert.True(EscapedText.FirstInvisible(line) is null, $"invisible {EscapedText.FirstInvisible(line)} in: {line}");
            var match = Regex.Match(line, Finding) is { Success: true } finding ? ("finding", finding) : ("related", Regex.Match(line, Related));
            Assert.True(match.Item2.Success, $"not a finding or a related location: {line}");
            var m = match.Item2;
            return (Kind: match.Item1, Path: EscapedText.Decode(m.Groups["path"].Value), Line: int.Parse(m.Groups["line"].Value), Column: int.Parse(m.Groups["col"].Value), Message: EscapedText.Decode(m.Groups["message"].Value));
        });
        Assert.Equal(expected, parsed);
        Assert.Equal(Names.Append("backlog/raw.md").Order(StringComparer.Ordinal), findings.Select(f => f.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.Matches(@"^\d+ errors, 0 warnings, 0 infos in 9 documents \(0 rules\)\n$", run.Error);
    }

    [Fact]
    public void Lint_JUnit_ParsesAsXmlAndReadsBackToTheJsonReport()
    {
        var findings = JsonFindings();

        var run = CliRun.EngineOnly(_ws.Path, "lint", "--format", "junit");

        var cases = XDocument.Parse(run.Out).Descendants("testcase").Where(t => t.Element("failure") is not null).ToList();
        Assert.Equal(
            findings.Select(f => ($"{f.Path}:{f.Line}:{f.Column}", f.Message)).Order(),
            cases.Select(t => (EscapedText.Decode((string)t.Attribute("name")!), EscapedText.Decode((string)t.Element("failure")!.Attribute("message")!))).Order());
        Assert.All(run.Out.Split('\n'), line => Assert.Null(EscapedText.FirstInvisible(line)));
    }

    [Fact]
    public void Lint_GitHub_OneCommandPerFindingEachOnOneLine()
    {
        var findings = JsonFindings();

        var run = CliRun.EngineOnly(_ws.Path, "lint", "--format", "github");

        var lines = run.Out.Split('\n')[..^1];
        Assert.All(lines, line => Assert.Matches("^::(error|warning|notice) file=[^,:]+,line=\\d+,", line));
        Assert.All(lines, line => Assert.Null(EscapedText.FirstInvisible(line)));
        var files = lines.Select(l => Regex.Match(l, "file=([^,]+),").Groups[1].Value)
            .Select(f => EscapedText.Decode(f.Replace("%3A", ":").Replace("%2C", ",").Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%")));
        Assert.Equal(findings.Select(f => f.Path).Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lint_JsonAndSarif_KeepNamesAndValuesExactWithNoRawControlCharacter()
    {
        var json = CliRun.EngineOnly(_ws.Path, "lint", "--format", "json").Out;
        var sarif = CliRun.EngineOnly(_ws.Path, "lint", "--format", "sarif").Out;

        Assert.DoesNotMatch(@"[\u0000-\u0009\u000b-\u001f\u007f-\u009f]", json);
        Assert.DoesNotMatch(@"[\u0000-\u0009\u000b-\u001f\u007f-\u009f]", sarif);
        var messages = JsonFindings().Select(f => f.Message).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(messages, m => m.Contains("'a\nfake.md:1:1: error AL9999: injected'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'\u001b[2J\u001b[H'", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(sarif);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(messages, results.Select(r => r.GetProperty("message").GetProperty("text").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(
            JsonFindings().Select(f => string.Join('/', f.Path.Split('/').Select(Uri.EscapeDataString))).Order(StringComparer.Ordinal),
            results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lint_PathWithControlCharacters_UsageErrorShowsThemEscaped()
    {
        var run = CliRun.EngineOnly(_ws.Path, "lint", "no\u001b[2Jsuch\n.md");

        Assert.Equal((2, @"artifactlint: the path 'no\u001b[2Jsuch\n.md' does not exist" + "\n"), (run.ExitCode, run.Error));
    }

    private List<JsonFinding> JsonFindings()
    {
        using var json = JsonDocument.Parse(CliRun.EngineOnly(_ws.Path, "lint", "--format", "json").Out);
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => new JsonFinding(
            f.GetProperty("path").GetString()!,
            f.GetProperty("line").GetInt32(),
            f.GetProperty("column").GetInt32(),
            f.GetProperty("message").GetString()!,
            f.GetProperty("related").EnumerateArray().Select(r => new JsonFinding(
                r.GetProperty("path").GetString()!, r.GetProperty("line").GetInt32(), r.GetProperty("column").GetInt32(), r.GetProperty("message").GetString()!, [])).ToList())).ToList();
    }

    private sealed record JsonFinding(string Path, int Line, int Column, string Message, IReadOnlyList<JsonFinding> Related);
}
