using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Schemas;

/// <summary>Reproducer 1 of issue 9: one integer beyond long ended the whole run with "internal error ... IConvertible".</summary>
public sealed class LargeNumbersLintTests
{
    [Fact]
    public void Lint_IntegersBeyondLongInAnyField_EachIsOneFindingAndEveryOtherFindingIsStillReported()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\ntitle: Big\ntype: story\nstatus: nope\nestimate: 99999999999999999999999\n"
            + "rank: 0x7FFFFFFFFFFFFFFFFF\nlabels: [9223372036854775808, -99999999999999999999, 0o777777777777777777777777]\n---\n");
        ws.Write("backlog/PB-2.md", "---\nid: PB-2\ntitle: 123456789012345678901234567890\ntype: story\nstatus: new\nestimate: .nan\n---\n");
        ws.Write("sprints/S-1.md", "---\nid: S-1\nstart_date: 2026-11-02\nend_date: 2026-11-13\nstatus: planned\ncapacity: -9223372036854775809\n---\n");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            backlog/PB-1.md:5:9: error AL1001: 'status' must be one of: new, refined, ready, in-progress, review, done, dropped; found 'nope' [schema-violation]
            backlog/PB-1.md:6:11: error AL1001: 'estimate' must be at most 10000; found 99999999999999999999999 [schema-violation]
            backlog/PB-1.md:7:7: error AL1001: 'rank' must be at most 1000000; found 0x7FFFFFFFFFFFFFFFFF [schema-violation]
            backlog/PB-1.md:8:10: error AL1001: 'labels[0]' must be text; 9223372036854775808 is read as the number 9223372036854775808 — write "9223372036854775808" [schema-violation]
            backlog/PB-1.md:8:31: error AL1001: 'labels[1]' must be text; -99999999999999999999 is read as the number -99999999999999999999 — write "-99999999999999999999" [schema-violation]
            backlog/PB-1.md:8:54: error AL1001: 'labels[2]' must be text; 0o777777777777777777777777 is read as the number 4722366482869645213695 — write "0o777777777777777777777777" [schema-violation]
            backlog/PB-2.md:3:8: error AL1001: 'title' must be text; 123456789012345678901234567890 is read as the number 123456789012345678901234567890 — write "123456789012345678901234567890" [schema-violation]
            backlog/PB-2.md:6:11: error AL1001: 'estimate' must be a number; found .nan, which YAML reads as 'not a number' — write a number [schema-violation]
            sprints/S-1.md:6:11: error AL1001: 'capacity' must be at least 0; found -9223372036854775809 [schema-violation]

            """,
            run.Out);
    }
}
