namespace ArtifactLint.Tests.Hostile;

/// <summary>Front matter values a schema check must survive: numbers past every integer type, odd floats, tags, forged text.</summary>
internal static class HostileValues
{
    private static readonly string[] HugeIntegers =
    [
        "99999999999999999999999", "9223372036854775808", "-9223372036854775809", "-99999999999999999999999",
        "0x7FFFFFFFFFFFFFFFFFFF", "0o7777777777777777777777777", "18446744073709551616", "+99999999999999999999999",
    ];

    private static readonly string[] OddNumbers =
    [
        "1e400", "-1e400", "1e-400", ".nan", ".NaN", ".inf", "-.inf", "0.000000000000000000000000000001",
        "79228162514264337593543950336", "7.9228162514264337593543950336e28", "1e308", "4.9e-324", "-0", "0.0e0",
    ];

    private static readonly string[] Tags =
    [
        "title: !!int abc", "title: !!map x", "estimate: !custom 5", "estimate: !!int \"5\"", "title: !!str 5",
        "estimate: !!float \"2.5\"", "title: !!bool yes", "labels: !!map [a]", "labels: !set [a]", "created_date: !!timestamp 2026-11-27",
        "title: !!binary aGVsbG8=", "title: !<tag:yaml.org,2002:str> x", "title: !x!y foo", "labels: !!seq { a: 1 }", "title: !!null x",
        "!!str estimate: 5", "title: ! 5",
    ];

    // Text that would look like a finding, or drive a terminal, if printed raw.
    private static readonly string[] Forged =
    [
        "status: \"a\\nfake.md:1:1: error AL9999: injected [fake]\"",
        "status: \"\\e[2J\\e[1;1Hall clear\"",
        "status: \"\\u202Eenod\"",
        "title: \"tab\\there\\rand CR\"",
        "status: \"\\0nul\"",
        "status: \"\\x85next line\\u2028line separator\\u2029paragraph\"",
        "status: \"\\x1b]8;;http://example.com\\x1b\\\\link\\x1b]8;;\\x1b\\\\\"",
        "status: |\n  first\n  backlog/PB-1.md:1:1: error AL9999: injected [fake]",
        "goals: [\"G-1\\nbacklog/x.md:2:2: error AL3002: forged [reference-exists]\"]",
        "status: \"\\u200F\\u2066isolate\\u2069\\u061C\"",
    ];

    public static void Write(HostileWriter w)
    {
        var n = 0;
        foreach (var value in HugeIntegers)
        {
            foreach (var field in new[] { "estimate: {0}", "rank: {0}", "labels: [{0}]", "goals: [{0}]", "title: {0}" })
            {
                w.Document($"backlog/values/big-{++n:D3}.md", HostileText.Item($"PB-V{n}", string.Format(System.Globalization.CultureInfo.InvariantCulture, field, value)));
            }
        }

        foreach (var value in OddNumbers)
        {
            w.Document($"backlog/values/number-{++n:D3}.md", HostileText.Item($"PB-V{n}", $"estimate: {value}\nrank: {value}"));
        }

        foreach (var tag in Tags)
        {
            w.Document($"backlog/values/tag-{++n:D3}.md", HostileText.Item($"PB-V{n}", tag));
        }

        foreach (var value in Forged)
        {
            w.Document($"backlog/values/forged-{++n:D3}.md", HostileText.Item($"PB-V{n}", value));
        }

        w.Document("sprints/values/capacity-huge.md", "---\nid: S-V1\nstart_date: 2026-11-02\nend_date: 2026-11-13\nstatus: active\ncapacity: 99999999999999999999999\n---\n");
        w.Document("sprints/values/dates-impossible.md", "---\nid: S-V2\nstart_date: 2026-02-30\nend_date: 99999-01-01\nstatus: planned\ncapacity: -5\n---\n");
        w.Document("goals/values/key-results-odd.md", "---\nid: G-V1\ntitle: Odd key results\nstatus: active\nkey_results:\n  - { metric: m, baseline: .nan, target: 1e400 }\n  - 99999999999999999999999\n---\n");
        w.Document("releases/values/version-float.md", "---\nid: REL-V1\ntitle: R\ndate: 2027-01-01\nstatus: planned\nversion: 1.10\n---\n");
    }
}
