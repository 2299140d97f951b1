using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Tests.Support;
using static ArtifactLint.Tests.Reporting.ReportSamples;

namespace ArtifactLint.Tests.Reporting;

public sealed class GitHubReporterTests
{
    [Fact]
    public void Write_Finding_AnnotationWithRepositoryPathSpanAndTitle()
    {
        var report = Of([Finding(Severity.Error, "backlog/PB-12.md", 9, "'goals' references 'G-9', which is not a goal")]);

        var output = Write(new GitHubReporter(), report);

        Assert.Equal(
            "::error file=product/backlog/PB-12.md,line=9,col=3,endLine=9,endColumn=6,title=AL3002 reference-exists::'goals' references 'G-9', which is not a goal\n",
            output);
    }

    [Fact]
    public void Write_PercentColonCommaAndLineBreaks_EscapedAsTheActionsToolkitDoesAfterVisibleEscaping()
    {
        var finding = new Diagnostic(
            ReferenceExists,
            Severity.Warning,
            new Location("a,b:c%.md", 2, 1, 2, 4),
            "100% done: yes, really\r\nsecond line\nthird");

        var output = Write(new GitHubReporter(), Of([finding]));

        Assert.Equal(
            "::warning file=product/a%2Cb%3Ac%25.md,line=2,col=1,endLine=2,endColumn=3,title=AL3002 reference-exists"
            + "::100%25 done: yes, really\\r\\nsecond line\\nthird\n",
            output);
    }

    [Fact]
    public void Write_RelatedLocations_AppendedToTheMessageAsEscapedLines()
    {
        var finding = Finding(Severity.Error, "sprints/S-1.md", 4, "Sprint 'S-1' is over capacity") with
        {
            RelatedLocations = [new RelatedLocation(Location.At("backlog/PB-1.md", 5, 10), "PB-1: 8 points")],
        };

        var output = Write(new GitHubReporter(), Of([finding]));

        Assert.EndsWith("::Sprint 'S-1' is over capacity%0A  related: product/backlog/PB-1.md:5:10: PB-1: 8 points\n", output);
    }

    [Fact]
    public void Write_SpanOverSeveralLines_NoColumns()
    {
        var finding = new Diagnostic(ReferenceExists, Severity.Error, new Location("a.md", 2, 5, 4, 1), "m");

        var output = Write(new GitHubReporter(), Of([finding]));

        Assert.Equal("::error file=product/a.md,line=2,endLine=4,title=AL3002 reference-exists::m\n", output);
    }

    [Fact]
    public void Write_MoreThanTenPerLevel_ErrorsFirstTenEachThenOneNotice()
    {
        var findings = Enumerable.Range(1, 12).Select(i => Finding(Severity.Warning, $"w{i:00}.md", 1, "warn"))
            .Concat(Enumerable.Range(1, 11).Select(i => Finding(Severity.Error, $"e{i:00}.md", 1, "err")))
            .Concat(Enumerable.Range(1, 3).Select(i => Finding(Severity.Info, $"i{i:00}.md", 1, "info", TeamRule)));

        var lines = Write(new GitHubReporter(), Of(findings)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(24, lines.Length);
        Assert.All(lines[..10], l => Assert.StartsWith("::error ", l));
        Assert.Equal("e01.md", FileOf(lines[0]));
        Assert.Equal("e10.md", FileOf(lines[9]));
        Assert.All(lines[10..20], l => Assert.StartsWith("::warning ", l));
        Assert.All(lines[20..23], l => Assert.StartsWith("::notice ", l));
        Assert.Equal(
            "::notice::3 more findings are not shown as annotations (GitHub shows 10 per level): run with --format text to see them all",
            lines[23]);
    }

    [Fact]
    public void Write_TenNoticesAndAnOverflow_LeavesRoomForTheClosingNotice()
    {
        var findings = Enumerable.Range(1, 11).Select(i => Finding(Severity.Info, $"i{i:00}.md", 1, "info", TeamRule));

        var lines = Write(new GitHubReporter(), Of(findings)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10, lines.Length);
        Assert.Equal(
            "::notice::2 more findings are not shown as annotations (GitHub shows 10 per level): run with --format text to see them all",
            lines[9]);
    }

    [Fact]
    public void Write_ExactlyTenPerLevel_AllShownNoClosingNotice()
    {
        var findings = Enumerable.Range(1, 10).Select(i => Finding(Severity.Info, $"i{i:00}.md", 1, "info", TeamRule));

        var lines = Write(new GitHubReporter(), Of(findings)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("::notice file=", l));
    }

    [Fact]
    public void Write_FocusPaths_TheirFindingsFirstWithinALevel()
    {
        var findings = Enumerable.Range(1, 12).Select(i => Finding(Severity.Error, $"e{i:00}.md", 1, "err"))
            .Append(Finding(Severity.Warning, "e12.md", 2, "warn"));
        var report = Of(findings) with { FocusPaths = new HashSet<string> { "e11.md", "e12.md" } };

        var files = Write(new GitHubReporter(), report).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("::notice::", StringComparison.Ordinal))
            .Select(FileOf)
            .ToArray();

        Assert.Equal(["e11.md", "e12.md", "e01.md", "e02.md", "e03.md", "e04.md", "e05.md", "e06.md", "e07.md", "e08.md", "e12.md"], files);
    }

    [Fact]
    public void Write_StepSummarySet_AppendsATableOfAllFindingsKeepingTheFile()
    {
        using var folder = new TempFolder();
        var summary = folder.Write("summary.md", "## Build\n\nearlier step");
        var findings = Enumerable.Range(1, 11).Select(i => Finding(Severity.Error, $"e{i:00}.md", 1, "a | b"))
            .Append(Finding(Severity.Info, "x_y.md", 3, "line one\nline two", TeamRule));
        var report = Of(findings) with { StepSummaryPath = summary };

        var output = Write(new GitHubReporter(), report);

        var text = File.ReadAllText(summary);
        Assert.StartsWith("## Build\n\nearlier step\n## ArtifactLint\n\n11 errors, 0 warnings, 1 info in 3 documents (3 rules)\n\n"
            + "| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n"
            + "| error | [AL3002 reference-exists](https://github.com/artifactlint/artifactlint/blob/main/rules/AL3002-reference-exists.md)"
            + " | product/e01.md:1:3 | a \\| b |\n", text);
        Assert.EndsWith("| info | ACME001 needs-owner | product/x\\_y.md:3:3 | line one\\\\nline two |\n\n", text);
        Assert.Equal(14, text.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)));
        Assert.EndsWith("::notice::1 more finding is not shown as annotations (GitHub shows 10 per level): the job summary lists them all\n", output);
    }

    [Fact]
    public void Write_StepSummaryUnwritable_WarnsInsteadOfFailing()
    {
        using var folder = new TempFolder();
        var report = Of([]) with { StepSummaryPath = folder.Path };

        var output = Write(new GitHubReporter(), report);

        Assert.StartsWith($"::warning::could not append the job summary to '{folder.Path}' (GITHUB_STEP_SUMMARY)", output);
    }

    private static string FileOf(string line)
    {
        var start = line.IndexOf("file=product/", StringComparison.Ordinal) + "file=product/".Length;
        return line[start..line.IndexOf(',', start)];
    }
}
