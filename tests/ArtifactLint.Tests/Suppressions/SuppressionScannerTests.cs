using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Suppressions;

namespace ArtifactLint.Tests.Suppressions;

/// <summary>
/// Which body comments are suppressions, as Markdig reads the body: one in code is an example wherever the code
/// is (a list item, a block quote, indented), one in the HTML or text of a list item or block quote is real.
/// </summary>
public sealed class SuppressionScannerTests
{
    private const string Path = "roadmap/R-1.md";
    private const string Front = "---\nid: R-1\n---\n";

    [Theory]
    [InlineData("fenced, a list item's first line", "- ```markdown\n  <!-- artifactlint-disable-next-line AL2001 -- example -->\n  See the goal.\n  ```\n")]
    [InlineData("fenced, in a list item four columns in", "1. Steps:\n\n    ~~~\n    <!-- artifactlint-disable-file AL2001 -- example -->\n    ~~~\n")]
    [InlineData("fenced, in a block quote", "> ```markdown\n> <!-- artifactlint-disable-next-line AL2001 -- example -->\n> See the goal.\n> ```\n")]
    [InlineData("fenced, in a block quote in a list item", "- Note:\n\n  > ```\n  > <!-- artifactlint-disable-line AL2001 -- example -->\n  > ```\n")]
    [InlineData("fenced, unclosed in a block quote", "> ```\n> <!-- artifactlint-disable-line AL2001 -- example -->\n")]
    [InlineData("indented", "Write it above the line:\n\n    <!-- artifactlint-disable-next-line AL2001 -- example -->\n    See the goal.\n")]
    [InlineData("indented, in a list item", "- Write it above the line:\n\n      <!-- artifactlint-disable-next-line AL2001 -- example -->\n")]
    [InlineData("indented, in a block quote", ">     <!-- artifactlint-disable-file AL2001 -- example -->\n")]
    [InlineData("code span of two backticks", "Write `` <!-- artifactlint-disable-line AL2001 -- example --> `` after the text.\n")]
    [InlineData("code span over two lines", "Write `the\ncomment <!-- artifactlint-disable-line AL2001 -- example -->` somewhere.\n")]
    [InlineData("code span in a list item", "- Write ``<!-- artifactlint-disable-line AL2001 -- `example` -->``.\n")]
    public void CommentInCode_IsAnExample_NotASuppression(string where, string body)
    {
        Assert.True(Find(body).Count == 0, where);
    }

    [Theory]
    [InlineData("a list item's text", "- See the goal. <!-- artifactlint-disable-line AL2001 -- tracked in PB-7 -->\n", 4, 17, 77)]
    [InlineData("a list item's own block", "- Plan\n  <!-- artifactlint-disable-next-line AL2001 -- set in Q3 -->\n  See the goal.\n", 5, 3, 62)]
    [InlineData("a block quote", "> <!-- artifactlint-disable-next-line AL2001 -- quoted from the PO -->\n> See the goal.\n", 4, 3, 71)]
    [InlineData("a block quote in a list item", "1. Note:\n   > See the goal. <!-- artifactlint-disable-line AL2001 -- as agreed -->\n", 5, 20, 74)]
    [InlineData("after a fence closed in a list item", "- ```\n  code\n  ```\n  <!-- artifactlint-disable-next-line AL2001 -- set in Q3 -->\n  See the goal.\n", 7, 3, 62)]
    [InlineData("after a fence closed in a block quote", "> ```\n> code\n> ```\n\n<!-- artifactlint-disable-next-line AL2001 -- set in Q3 -->\n", 8, 1, 60)]
    [InlineData("after an escaped backtick", "A \\` is no code span <!-- artifactlint-disable-line AL2001 -- real --> \\`.\n", 4, 22, 71)]
    public void CommentInAListItemOrBlockQuote_IsASuppression(string where, string body, int line, int column, int endColumn)
    {
        var comment = Assert.Single(Find(body));

        Assert.True(comment.Problem is null, where);
        Assert.Equal(new Location(Path, line, column, line, endColumn), comment.Location);
    }

    [Fact]
    public void CommentInAListItem_NotClosedOnItsLine_HasAProblem_AtTheComment()
    {
        var comment = Assert.Single(Find("- Step <!-- artifactlint-disable-line AL2001 -- reason\n  -->\n"));

        Assert.Equal("the comment is not closed on its line, end it with -->", comment.Problem);
        Assert.Equal(new Location(Path, 4, 8, 4, 55), comment.Location);
    }

    [Fact]
    public void BodyNestedTooDeeplyForMarkdig_IsReadAsText_AndItsSuppressionsCount()
    {
        var comment = Assert.Single(Find(new string('>', 20_000) + " deep\n\n<!-- artifactlint-disable-file AL2001 -- archived -->\n"));

        Assert.Equal(new Location(Path, 6, 1, 6, 54), comment.Location);
    }

    [Fact]
    public void CommentInAListItem_Suppresses_AndOneInAFencedExampleInItsBlockQuote_IsNeitherUsedNorUnused()
    {
        var rule = new RuleDescriptor("AL2001", "roadmap-item-goal", "A roadmap item names a goal", "{0}", "Traceability", Severity.Error);
        var document = DocumentParser.Parse(Path, Front + "- How:\n  > ```\n  > <!-- artifactlint-disable-next-line AL2001 -- example -->\n  > ```\n"
            + "- See the goal. <!-- artifactlint-disable-line AL2001 -- tracked in PB-7 -->\n").Document;
        var finding = new Diagnostic(rule, Severity.Error, Location.At(Path, 8, 3), "no goal");

        var result = SuppressionPhase.Apply([finding], [document], [rule]);

        Assert.Equal(new Suppression(new Location(Path, 8, 17, 8, 77), "tracked in PB-7"), Assert.Single(result).Suppression);
    }

    private static IReadOnlyList<SuppressionComment> Find(string body) =>
        SuppressionScanner.Find(DocumentParser.Parse(Path, Front + body).Document);
}
