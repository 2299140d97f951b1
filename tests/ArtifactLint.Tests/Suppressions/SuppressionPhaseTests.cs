using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Suppressions;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Suppressions;

/// <summary>
/// Body suppressions, with findings on body lines from a stand-in for the body rules (no engine finding is in a
/// body today).
/// </summary>
public sealed class SuppressionPhaseTests
{
    private const string Path = "roadmap/R-1.md";

    private static readonly RuleDescriptor BodyRule =
        new("AL2001", "roadmap-item-goal", "A roadmap item names a goal", "{0}", "Traceability", Severity.Error);

    private static readonly RuleDescriptor[] Known = [.. EngineRules.All, BodyRule];

    [Fact]
    public void HtmlDisableNextLine_SuppressesTheNextNonBlankLine_AndKeepsTheFindingMarked()
    {
        var document = Parse("---\nid: R-1\n---\n# Plan\n<!-- artifactlint-disable-next-line AL2001 -- goal is set in Q3 -->\n\nSee the goal.\n");

        var result = SuppressionPhase.Apply([Finding(7), Finding(4)], [document], Known);

        Assert.Equal(2, result.Count);
        Assert.Equal(new Suppression(new Location(Path, 5, 1, 5, 68), "goal is set in Q3"), result[0].Suppression);
        Assert.Null(result[1].Suppression);
    }

    [Fact]
    public void HtmlDisableLine_TrailingTheLine_SuppressesOnlyThatLine()
    {
        var document = Parse("# Plan\nSee the goal. <!-- artifactlint-disable-line roadmap-item-goal -- tracked in PB-7 -->\nNext line.\n");

        var result = SuppressionPhase.Apply([Finding(2), Finding(3)], [document], Known);

        Assert.Equal([true, false], result.Select(d => d.Suppression is not null));
        Assert.Equal(new Location(Path, 2, 15, 2, 86), result[0].Suppression!.Location);
    }

    [Fact]
    public void HtmlDisableFile_SuppressesEveryLine()
    {
        var document = Parse("# Plan\n\n<!-- artifactlint-disable-file AL2001 -- archived plan -->\nOne.\nTwo.\n");

        var result = SuppressionPhase.Apply([Finding(1), Finding(5)], [document], Known);

        Assert.All(result, d => Assert.Equal("archived plan", d.Suppression?.Justification));
    }

    [Fact]
    public void HtmlCommentInACodeBlockOrCodeSpan_IsAnExample_NotASuppression()
    {
        var document = Parse("# How to suppress\n```markdown\n<!-- artifactlint-disable-next-line AL2001 -->\n```\nWrite `<!-- artifactlint-disable-line X -->`.\n");

        var result = SuppressionPhase.Apply([], [document], Known);

        Assert.Empty(result);
    }

    [Fact]
    public void CommentsAfterACodeSpanOnTheSameLine_AreCountedInOrder()
    {
        var document = Parse("A `<!-- artifactlint-disable-line X -->` example, then <!-- artifactlint-disable-line AL2001 -- real --> "
            + "and `code` <!-- artifactlint-disable-line AL2001 -- also real --> and `<!-- artifactlint-disable-line Y -->`.\n");

        var result = SuppressionPhase.Apply([Finding(1)], [document], Known);

        Assert.Equal("real", Assert.Single(result).Suppression?.Justification);
    }

    [Fact]
    public void EveryLineSuppressedOnItsOwn_EachFindingTakesItsLinesSuppression_AndNoneIsUnused()
    {
        var lines = string.Concat(Enumerable.Range(1, 3000).Select(i => $"Step {i}. <!-- artifactlint-disable-line AL2001 -- step {i} is checked by hand -->\n"));
        var document = Parse(lines + "<!-- artifactlint-disable-file AL2001 -- the rest is archived -->\nUnmarked.\n");

        var result = SuppressionPhase.Apply([.. Enumerable.Range(1, 3002).Select(Finding)], [document], Known);

        Assert.Equal(3002, result.Count);
        Assert.Equal(Enumerable.Range(1, 3000).Select(i => $"step {i} is checked by hand").Append("the rest is archived").Append("the rest is archived"),
            result.Select(d => d.Suppression?.Justification));
    }

    [Fact]
    public void HtmlCommentNotClosedOnItsLine_IsAL0008()
    {
        var document = Parse("Text\n<!-- artifactlint-disable-next-line AL2001 -- reason\n-->\nMore\n");

        var result = SuppressionPhase.Apply([Finding(4)], [document], Known);

        Assert.Equal(2, result.Count);
        Assert.Null(result[0].Suppression);
        Assert.Equal("AL0008", result[1].Id);
        Assert.Equal(new Location(Path, 2, 1, 2, 53), result[1].Location);
        Assert.Equal("this suppression suppresses nothing: the comment is not closed on its line, end it with -->", result[1].Message);
    }

    [Fact]
    public void SeveralProblems_AreAllInOneAL0008()
    {
        var document = Parse("<!-- artifactlint-disable-line AL2001,, AL9999 -->\n");

        var result = SuppressionPhase.Apply([], [document], Known);

        Assert.Equal(
            "this suppression suppresses nothing: it has an empty rule name between commas, remove the extra comma; "
            + "'AL9999' is not a known rule, use an id or name that 'artifactlint rules list' shows; "
            + "it gives no reason, write one after ' -- ' (artifactlint-disable-line AL2001,, AL9999 -- why this is acceptable)",
            Assert.Single(result).Message);
    }

    [Fact]
    public void UnknownDirective_IsAL0008_WithTheClosestOne()
    {
        var document = Parse("<!-- artifactlint-disable-lines AL2001 -- reason -->\n");

        var result = SuppressionPhase.Apply([Finding(1)], [document], Known);

        Assert.Equal(
            "this suppression suppresses nothing: 'artifactlint-disable-lines' is not a kind of suppression, did you mean 'artifactlint-disable-line'?",
            result[1].Message);
    }

    [Fact]
    public void NextLineAtTheEndOfTheFile_IsUnused()
    {
        var document = Parse("Text\n<!-- artifactlint-disable-next-line AL2001 -- reason -->\n\n");

        var result = SuppressionPhase.Apply([], [document], Known);

        Assert.Equal(
            "this suppression of AL2001 (roadmap-item-goal) suppresses nothing: there is no such finding after it; remove the comment",
            Assert.Single(result).Message);
    }

    [Fact]
    public void EngineFailure_InASuppressedFile_IsNotSuppressed()
    {
        var document = Parse("<!-- artifactlint-disable-file AL2001 -- reason -->\n");
        var failure = new Diagnostic(EngineRules.RuleFailed, Severity.Error, Location.At(Path, 1, 1), "the rule threw");

        var result = SuppressionPhase.Apply([failure, Finding(1)], [document], Known);

        Assert.Equal([false, true], result.Select(d => d.Suppression is not null));
    }

    private static Document Parse(string text) => DocumentParser.Parse(Path, text).Document;

    private static Diagnostic Finding(int line) => new(BodyRule, Severity.Error, Location.At(Path, line, 1), "no goal");
}
