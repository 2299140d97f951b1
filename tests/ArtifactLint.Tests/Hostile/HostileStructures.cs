namespace ArtifactLint.Tests.Hostile;

/// <summary>Front matters and bodies whose shape is hostile: almost-front-matters, deep nesting, alias bombs, huge lists and keys.</summary>
internal static class HostileStructures
{
    public static void Write(HostileWriter w, int hugeLength)
    {
        FrontMatterShapes(w);
        Yaml(w);
        Sizes(w, hugeLength);
        Bodies(w);
    }

    private static void FrontMatterShapes(HostileWriter w)
    {
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["four-dashes"] = "----\nid: PB-F1\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["dashes-x"] = "---x\nid: PB-F2\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["dashes-comment"] = "--- # a comment\nid: PB-F3\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["dashes-value"] = "--- id: PB-F4\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["indented-opening"] = " ---\nid: PB-F5\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["cr-only"] = "---\rid: PB-F6\rtitle: T\rtype: story\rstatus: nope\r---\rBody\r",
            ["crlf"] = "---\r\nid: PB-F7\r\ntitle: T\r\ntype: story\r\nstatus: nope\r\n---\r\nBody\r\n",
            ["mixed-line-ends"] = "---\r\nid: PB-F8\rtitle: T\ntype: story\r\nstatus: nope\r---\nBody\r",
            ["unclosed"] = "---\nid: PB-F9\ntitle: T\ntype: story\nstatus: nope\n",
            ["unclosed-into-body"] = "---\nid: PB-F10\ntitle: T\ntype: story\nstatus: new\n\n# Context\n\nNote: customers asked\nstatus: nope\n\n---\n\nMore.\n",
            ["empty-front-matter"] = "---\n---\nBody\n",
            ["only-opening"] = "---",
            ["only-opening-newline"] = "---\n",
            ["dots-close"] = "---\nid: PB-F11\ntitle: T\ntype: story\nstatus: nope\n...\nBody\n",
            ["a-list"] = "---\n- id: PB-F12\n- status: nope\n---\n",
            ["a-scalar"] = "---\njust text\n---\n",
            ["only-comments"] = "---\n# id: PB-F13\n---\n",
            ["second-document"] = "---\nid: PB-F14\ntitle: T\ntype: story\nstatus: nope\n---\n---\nstatus: nope\n---\n",
            ["directive"] = "---\n%YAML 1.2\n---\nid: PB-F15\n---\n",
            ["tag-directive"] = "---\n%TAG ! tag:example.com,2026:\nid: !x PB-F16\n---\n",
            ["yaml-document-end-inside"] = "---\nid: PB-F17\n...\nstatus: nope\n---\n",
            ["bom-then-front-matter"] = "\uFEFF---\nid: PB-F18\ntitle: T\ntype: story\nstatus: nope\n---\n",
            ["two-boms"] = "\uFEFF\uFEFF---\nid: PB-F19\nstatus: nope\n---\n",
            ["tab-after-dashes"] = "---\t\nid: PB-F20\ntitle: T\ntype: story\nstatus: nope\n---\t\n",
            ["whitespace-only"] = "   \n\t\n  ",
            ["newlines-only"] = "\n\n\n",
            ["empty"] = string.Empty,
            ["plus-front-matter"] = "+++\nid = \"PB-F21\"\n+++\n",
        };
        foreach (var (name, text) in shapes)
        {
            w.Document($"backlog/shapes/{name}.md", text);
        }
    }

    private static void Yaml(HostileWriter w)
    {
        var cases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["duplicate-key"] = "status: new\nstatus: nope",
            ["tab-indent"] = "goals:\n\t- G-1",
            ["unclosed-quote"] = "title: \"never closed",
            ["unclosed-flow"] = "goals: [G-1, G-2",
            ["undefined-alias"] = "goals: *nothing",
            ["self-merge"] = "base: &a { x: 1 }\nother:\n  <<: *a\n  y: 2",
            ["anchor-on-key"] = "&k status: new\n*k : nope",
            ["complex-key"] = "? [a, b]\n: c",
            ["null-key"] = "~: x\n'': y",
            ["list-key"] = "[a]: x",
            ["undefined-tag-handle"] = "title: !x!y foo",
            ["bad-indent"] = "goals:\n  - G-1\n - G-2",
            ["colon-title"] = "title: Pay: by card",
            ["at-sign"] = "assignee: @dana",
            ["backquote"] = "title: `code`",
            ["percent"] = "title: %d%s%n",
            ["reserved-indicator"] = "title: |- \n  x\n y",
            ["huge-flow-mapping"] = "labels: {" + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"k{i}: v")) + "}",
            ["list-of-12000"] = "labels: [" + string.Join(",", Enumerable.Range(0, 12_000).Select(i => "a")) + "]",
            ["deep-flow-100000"] = "x: " + new string('[', 100_000) + new string(']', 100_000),
            ["deep-flow-unclosed"] = "x: " + new string('[', 100_000),
            ["deep-block-200"] = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + $"k{i}:\n")) + new string(' ', 400) + "v",
            ["deep-braces"] = "x: " + new string('{', 50_000) + new string('}', 50_000),
            ["alias-bomb"] = BillionLaughs(),
            ["alias-wide"] = "a: &a [" + string.Join(",", Enumerable.Range(0, 100).Select(_ => "x")) + "]\nb: [" + string.Join(",", Enumerable.Range(0, 200).Select(_ => "*a")) + "]",
            ["long-key"] = HostileText.Repeat("k", 100_000) + ": v",
            ["long-anchor"] = "x: &" + HostileText.Repeat("a", 100_000) + " 1\ny: *" + HostileText.Repeat("a", 100_000),
            ["many-keys"] = string.Join("\n", Enumerable.Range(0, 5000).Select(i => $"key{i}: {i}")),
            ["escapes-invalid"] = "title: \"\\q\\uZZZZ\\U0011FFFF\"",
            ["lone-surrogate-escape"] = "title: \"\\uD800\"",
            ["nul-escape"] = "title: \"a\\0b\"",
        };
        foreach (var (name, extra) in cases)
        {
            w.Document($"backlog/yaml/{name}.md", HostileText.Item("PB-Y-" + name, extra));
        }
    }

    private static void Sizes(HostileWriter w, int hugeLength)
    {
        w.Document("backlog/sizes/huge-status.md", HostileText.Item("PB-S1", "status: " + HostileText.Repeat("x", hugeLength)).Replace("status: new\n", string.Empty, StringComparison.Ordinal));
        w.Document("backlog/sizes/huge-title.md", HostileText.Item("PB-S2", string.Empty).Replace("title: Hostile case", "title: " + HostileText.Repeat("long title ", hugeLength / 11), StringComparison.Ordinal));
        w.Document("backlog/sizes/huge-id.md", HostileText.Item(HostileText.Repeat("PB-", 100_000)));
        w.Document("backlog/sizes/huge-single-line.md", HostileText.Repeat("no line break at all ", hugeLength / 21));
        w.Document("backlog/sizes/huge-many-lines.md", HostileText.Item("PB-S3") + HostileText.Repeat("x\n", hugeLength));
        w.Document("backlog/sizes/dangling-3000.md", HostileText.Item("PB-S4", "dependencies: [" + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"PB-NOPE-{i}")) + "]"));
        w.Document("backlog/sizes/goals-3000.md", HostileText.Item("PB-S5", "goals: [" + string.Join(", ", Enumerable.Range(0, 3000).Select(i => $"G-{i % 7}")) + "]"));
        w.Document("backlog/sizes/self-dependency.md", HostileText.Item("PB-S6", "dependencies: [PB-S6, PB-S6]\nparent: PB-S6"));
    }

    private static void Bodies(HostileWriter w)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nested-quotes"] = new string('>', 20_000) + " deep",
            ["nested-lists"] = string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i * 2) + "- x\n")),
            ["emphasis-storm"] = HostileText.Repeat("*a **b _c __d ", 200_000),
            ["link-storm"] = HostileText.Repeat("[a](b) [c][d] <http://e> ![f](g) ", 100_000),
            ["brackets"] = HostileText.Repeat("[", 100_000),
            ["table-wide"] = "|" + HostileText.Repeat(" a |", 5000) + "\n|" + HostileText.Repeat("---|", 5000) + "\n",
            ["criteria-20000"] = "## Acceptance criteria\n" + HostileText.Repeat("- [ ] criterion\n", 20_000 * 16),
            ["html-comment-unclosed"] = "<!-- artifactlint-disable-file AL3001 -- never closed\n",
            ["suppressions-odd"] = "<!-- artifactlint-disable-next-line -->\n<!-- artifactlint-disable-line NOPE9999 -- no such rule -->\n<!-- artifactlint-disable-file AL3001 -->\n",
            ["fenced-unclosed"] = "```\n" + HostileText.Repeat("code\n", 10_000),
            ["front-matter-lookalike"] = "---\nstatus: nope\n---\n",
        };
        foreach (var (name, body) in bodies)
        {
            w.Document($"backlog/bodies/{name}.md", HostileText.Invalid("PB-B-" + name) + body);
        }
    }

    // Nine levels of ten aliases each: 10^9 values if expanded.
    private static string BillionLaughs()
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]");
        }

        return string.Join("\n", lines);
    }
}
