using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

public sealed class RuleRunnerTests(RunFixture fixture) : IClassFixture<RunFixture>
{
    public static TheoryData<string> RunScripts() => [.. ScriptFixtures.Files("run")];

    [Fact]
    public void Load_EveryRunScript_LoadsWithoutDiagnostics()
    {
        Assert.Empty(fixture.Load.Diagnostics);
        Assert.Equal(fixture.Sources.Count, fixture.Load.Rules.Count);
    }

    [Theory]
    [MemberData(nameof(RunScripts))]
    public void Run_FailingRule_ReportsAtItsMarkedScriptLine(string path)
    {
        var expected = ScriptFixtures.Expected(ScriptFixtures.Source(path));
        var actual = fixture.Result.Diagnostics
            .Where(d => d.Location.Path == path)
            .Select(d => (d.Location.Line, d.Id))
            .Order()
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Run_RuleThrows_NamesRuleExceptionAndMessage()
    {
        var failure = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME002-throws.csx");
        Assert.Equal("rule ACME002 threw InvalidOperationException: the sprint has no dates", failure.Message);
    }

    [Fact]
    public void Run_HealthyRules_StillReportInReportOrder()
    {
        var messages = fixture.Result.Diagnostics.Where(d => d.Location.Path == "docs/a.md").Select(d => d.Message).ToArray();
        Assert.Equal(["finding A", "finding B", "12 x, y, z"], messages);
    }

    [Fact]
    public void Run_InfiniteLoopInsideCatchAll_TimesOutInsteadOfHanging()
    {
        var timeout = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME005-catch-all-loop.csx");
        Assert.Equal("rule ACME005 ran past its time limit of 2 s and was stopped", timeout.Message);
        Assert.Empty(fixture.Result.AbandonedRules);
    }

    [Fact]
    public void Run_RuleKeepingEverything_StoppedAtItsMemoryBudget()
    {
        var stopped = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME009-memory-loop.csx");
        Assert.Equal(
            "rule ACME009 allocated more than 64 MB (rule_memory) and was stopped: look for a collection that grows without end or a copy made " +
            "inside a loop; raise rule_memory only for a rule that needs more on a large workspace",
            stopped.Message);
    }

    [Fact]
    public void Run_ArrayLargerThanAny_IsAL0014NotACrash()
    {
        var stopped = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME010-huge-array.csx");
        Assert.Equal(
            "rule ACME010 asked for more memory than can be had (OutOfMemoryException: Array dimensions exceeded supported range.) and was stopped; " +
            "a rule may allocate 64 MB in all (rule_memory): look for a size computed from the documents, or a string or list built without end",
            stopped.Message);
    }

    [Fact]
    public void Run_ExceptionWhoseMessageThrows_NamesItsTypeOnly()
    {
        var failure = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME012-message-throws.csx");
        Assert.Equal("rule ACME012 threw Unreadable: (its message could not be read: InvalidOperationException)", failure.Message);
    }

    [Fact]
    public void Run_ChainTheLibraryWalksDeeply_DoesNotOverflowTheStack() =>
        Assert.Equal("3 items through 200000 links", Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "docs/b.md").Message);

    [Fact]
    public void Run_RecordsWithGuards_StillCompareAndPrintAsCSharpSays() =>
        Assert.Equal(
            "Point { X = 1, Y = 2 } Point3 { X = 1, Y = 2, Z = 3 } True False Tag { Value = 5 } Empty { }",
            Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "docs/c.md").Message);

    [Theory]
    [InlineData("run/ACME013-record-hash-cycle.csx", "ACME013")]
    [InlineData("run/ACME014-record-print-cycle.csx", "ACME014")]
    public void Run_RecordThatHoldsItself_IsStoppedNotAStackOverflow(string path, string id) =>
        Assert.Equal(
            $"rule {id} recursed too deeply and was stopped; look for a method or lambda that calls itself without end",
            Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == path).Message);

    [Fact]
    public void Run_ReportWithoutEnd_StoppedAtTheFindingLimit() =>
        Assert.Equal(
            "rule ACME017 reported more than 10000 locations (findings and their related locations; 100 per document, at least 10000) and was " +
            "stopped: look for a Report inside a loop that does not end, or one finding per line where one per document would do",
            Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME017-reports-without-end.csx").Message);

    [Fact]
    public void Run_TenMegabyteMessage_IsCutAndKept()
    {
        var finding = Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "docs/d.md");
        Assert.Equal(new string('m', 1000) + "… (cut: 10485760 characters in all)", finding.Message);
    }

    [Fact]
    public void Run_FindingOutsideTheWorkspace_FailsTheRuleAtItsReport() =>
        Assert.Equal(
            "rule ACME019 threw ArgumentException: a finding must be at a path relative to the workspace root (with '/', no '..'), at a line " +
            "and column from 1, ending no earlier than it starts; found '../../etc/passwd' 1:1-1:1",
            Assert.Single(fixture.Result.Diagnostics, d => d.Location.Path == "run/ACME019-outside-location.csx").Message);

    [Fact]
    public void Run_CatastrophicRegex_StopsAtTheMatchTimeout()
    {
        using var load = RuleHost.Load([ScriptFixtures.Source("regex/ACME006-catastrophic-regex.csx")], new RuleHostOptions(NoCache: true));
        var result = RuleHost.Run(load.Rules, RunFixture.EmptyWorkspace(), _ => (null, Api.RuleOptions.Empty), new DateOnly(2025, 1, 6), new RuleLimits(TimeSpan.FromSeconds(3)));

        var timeout = Assert.Single(result.Diagnostics);
        Assert.Equal("AL0004", timeout.Id);
        if (RegexTimeout.IsInEffect)
        {
            Assert.Equal(6, timeout.Location.Line);
            Assert.StartsWith("rule ACME006 ran a regular expression past its match timeout", timeout.Message, StringComparison.Ordinal);
        }
        else
        {
            // The test host built a Regex before the engine could set the default timeout; the CLI does not.
            Assert.Equal(["ACME006"], result.AbandonedRules);
        }
    }

    [Fact]
    public void Run_LongLibraryCall_IsAbandonedAndFlagged()
    {
        using var load = RuleHost.Load([ScriptFixtures.Source("abandon/ACME020-long-library-call.csx")], new RuleHostOptions(NoCache: true));
        var result = RuleHost.Run(load.Rules, RunFixture.EmptyWorkspace(), _ => (null, Api.RuleOptions.Empty), new DateOnly(2025, 1, 6), new RuleLimits(TimeSpan.FromMilliseconds(200)));

        Assert.Equal(["ACME020"], result.AbandonedRules);
        var abandoned = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0004", 1), (abandoned.Id, abandoned.Location.Line));
    }
}
