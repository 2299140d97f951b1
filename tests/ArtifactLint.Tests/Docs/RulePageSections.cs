using System.Text;
using System.Text.RegularExpressions;
using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Running;
using ArtifactLint.Testing;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Docs;

/// <summary>
/// The generated parts of a rule's documentation page, each between <c>&lt;!-- name:start --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>: the example (a fixture's documents and the tool's real findings for them),
/// the rule's messages and its options table. The rest of the page is written by hand.
/// </summary>
internal static partial class RulePageSections
{
    /// <summary>The page with every generated section filled anew; an engine diagnostic's page (no <paramref name="rule"/>) has only the example.</summary>
    public static string Fill(string page, RuleDescriptor? rule, string fixture)
    {
        page = Replace(page, "example", Example(fixture, rule?.Id));
        if (rule is not null)
        {
            page = Replace(page, "messages", Messages(rule));
            page = Replace(page, "options", Options(rule));
        }

        return page;
    }

    /// <summary>The fixture's config and the documents its findings are in (markers left out), then the findings as <c>lint</c> prints them.</summary>
    public static string Example(string fixture, string? id)
    {
        var outcome = FixtureRunner.Run(fixture, new LintRequest
        {
            WorkingDirectory = Repo.Root,
            ToolDirectory = AppContext.BaseDirectory,
            CacheDirectory = TestCache.Directory,
        });
        var findings = outcome.Findings.Where(d => d.Suppression is null).ToList();
        var files = Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture, f).Replace('\\', '/'))
            .Where(f => Path.GetFileName(f) != ExpectationReader.ExpectedFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        var shown = files.Where(f => f == ".artifactlint.yml" || findings.Any(d => d.Location.Path == f)).ToList();
        var others = files.Except(shown).ToList();

        var text = new StringBuilder();
        var source = Path.GetRelativePath(Repo.Root, fixture).Replace('\\', '/');
        text.Append($"From the test fixture [`{source}`](../{source}) (run by `dotnet test`; edit the fixture, then regenerate this page with `ARTIFACTLINT_UPDATE_GOLDEN=1`).\n\n");
        foreach (var file in shown)
        {
            var language = Path.GetExtension(file) switch { ".md" => "markdown", ".csx" => "csharp", ".json" => "json", _ => "yaml" };
            text.Append(ReadableText(Path.Combine(fixture, file)) is { } content
                ? $"`{file}`:\n\n```{language}\n{WithoutMarkers(content)}```\n\n"
                : $"`{file}`: bytes that are not UTF-8 text (not shown).\n\n");
        }

        if (others.Count > 0)
        {
            text.Append($"With {others.Count} more {(others.Count == 1 ? "document" : "documents")} beside them: {string.Join(", ", others.Select(f => $"`{f}`"))}.\n\n");
        }

        using var output = new StringWriter { NewLine = "\n" };
        TextReporter.WriteAll(findings, output);
        text.Append(id is null ? $"ArtifactLint reports:\n\n```text\n{output}```\n" : $"Linted with {id} alone, it reports:\n\n```text\n{output}```\n");
        return text.ToString();
    }

    /// <summary>Each message's id and sentence, as <c>rules explain</c> and SARIF's <c>messageStrings</c> give them.</summary>
    public static string Messages(RuleDescriptor rule)
    {
        var text = new StringBuilder("| id | message |\n| --- | --- |\n");
        foreach (var message in rule.Messages)
        {
            text.Append($"| `{message.Id}` | {Cell(message.Format)} |\n");
        }

        return text.ToString();
    }

    /// <summary>The options table, made from the rule's declared options (their type, default and meaning), or "None.".</summary>
    public static string Options(RuleDescriptor rule)
    {
        if (rule.Options.Count == 0)
        {
            return "None.\n";
        }

        var text = new StringBuilder("| option | type | default | meaning |\n| --- | --- | --- | --- |\n");
        foreach (var option in rule.Options)
        {
            text.Append($"| `{option.Name}` | {Cell(option.TypeText)} | `{option.DefaultText}` | {Cell(option.Description)} |\n");
        }

        return text.ToString();
    }

    private static string Replace(string page, string name, string content)
    {
        var start = $"<!-- {name}:start -->\n";
        var end = $"<!-- {name}:end -->";
        var from = page.IndexOf(start, StringComparison.Ordinal);
        var to = page.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"the page has no '{start.TrimEnd()}' ... '{end}' section");
        }

        return page[..(from + start.Length)] + content + page[to..];
    }

    // A trailing marker leaves the line where it is; a marker alone on a line would shift the lines the findings name, so it stays.
    private static string WithoutMarkers(string text) => TrailingMarker().Replace(text, string.Empty);

    private static string? ReadableText(string path)
    {
        try
        {
            var text = new System.Text.UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"[ \t]+(?:#|<!--)\s*expect:[^\n]*?(?=\n|$)")]
    private static partial Regex TrailingMarker();
}
