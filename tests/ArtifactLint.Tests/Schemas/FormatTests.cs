using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Schemas;

/// <summary>Every 'format' the validator enforces rejects what its name rejects, in the product's words.</summary>
public sealed class FormatTests
{
    [Fact]
    public void Lint_TeamSchemaFormats_RejectWhatTheirStandardRejects()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nkinds:\n  event: { paths: [\"events/*.md\"], schema: schemas/event.json }\n");
        ws.Write("schemas/event.json", """
            {
              "type": "object",
              "properties": {
                "when": { "type": "string", "format": "date" },
                "at": { "type": "string", "format": "date-time" },
                "starts": { "type": "string", "format": "time" },
                "host": { "type": "string", "format": "hostname" },
                "ip": { "type": "string", "format": "ipv4" },
                "ip6": { "type": "string", "format": "ipv6" },
                "link": { "type": "string", "format": "uri" }
              }
            }
            """);
        ws.Write("events/ok.md", "---\nwhen: 2028-02-29\nat: 2026-11-27T09:30:00Z\nstarts: \"23:59:60Z\"\nhost: example.org\nip: 192.168.0.1\n"
            + "ip6: \"::ffff:192.168.0.1\"\nlink: https://example.org/a?b=c#d\n---\n");
        ws.Write("events/bad.md", "---\nwhen: 2026-02-30\nat: 2026-11-27T25:00:00Z\nstarts: \"09:30:00\"\nhost: a-.example\nip: 192.168.0.01\n"
            + "ip6: \"::1%eth0\"\nlink: https://example.org/a b\n---\n");
        ws.Write("events/month.md", "---\nwhen: 2026-13-01\nat: \"2026\"\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(
            """
            events/bad.md:2:7: error AL1001: 'when' must be a calendar date (YYYY-MM-DD); found '2026-02-30': February 2026 has 28 days [schema-violation]
            events/bad.md:3:5: error AL1001: 'at' must be a date and time written like 2026-11-27T09:30:00Z; found '2026-11-27T25:00:00Z' [schema-violation]
            events/bad.md:4:9: error AL1001: 'starts' must be a time with its offset, written like 09:30:00Z or 09:30:00+01:00; found '09:30:00' [schema-violation]
            events/bad.md:5:7: error AL1001: 'host' must be a host name; found 'a-.example' [schema-violation]
            events/bad.md:6:5: error AL1001: 'ip' must be an IPv4 address; found '192.168.0.01' [schema-violation]
            events/bad.md:7:6: error AL1001: 'ip6' must be an IPv6 address; found '::1%eth0' [schema-violation]
            events/bad.md:8:7: error AL1001: 'link' must be a URL; found 'https://example.org/a b' [schema-violation]
            events/month.md:2:7: error AL1001: 'when' must be a calendar date (YYYY-MM-DD); found '2026-13-01': there is no month 13 [schema-violation]
            events/month.md:3:5: error AL1001: 'at' must be a date and time written like 2026-11-27T09:30:00Z; found '2026' [schema-violation]

            """,
            run.Out);
    }
}
