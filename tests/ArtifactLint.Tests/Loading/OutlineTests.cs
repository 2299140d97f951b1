using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class OutlineTests
{
    private const string Body = """
        ---
        id: PB-1
        ---
        # Export *invoices* as `CSV`

        See [the spec](https://example.com/spec) and <https://example.com/auto>.

        ## Acceptance criteria
        - [ ] CSV has one row per invoice line
        - [x] Exports stream
          - [X] nested **bold** task

        ### Notes
        - [ ] under notes
        - plain item

        ## Acceptance Criteria again

        | Metric | Target |
        |--------|-------:|
        | NPS    | 40     |
        | Churn  | [2%](x.md) |
        """;

    [Fact]
    public void Build_Headings_HaveLevelPlainTextAndPosition()
    {
        var headings = Outline().Headings;

        Assert.Equal(
            [
                new Heading(1, "Export invoices as CSV", Location.At("b.md", 4, 1)),
                new Heading(2, "Acceptance criteria", Location.At("b.md", 8, 1)),
                new Heading(3, "Notes", Location.At("b.md", 13, 1)),
                new Heading(2, "Acceptance Criteria again", Location.At("b.md", 17, 1)),
            ],
            headings);
    }

    [Fact]
    public void Build_Tasks_KnowCheckedTextPositionAndSection()
    {
        var outline = Outline();

        var tasks = outline.Tasks;
        Assert.Equal(4, tasks.Count);
        Assert.Equal(("CSV has one row per invoice line", false, Location.At("b.md", 9, 1)), (tasks[0].Text, tasks[0].IsChecked, tasks[0].Location));
        Assert.Equal(("Exports stream", true), (tasks[1].Text, tasks[1].IsChecked));
        Assert.Equal(("nested bold task", true, Location.At("b.md", 11, 3)), (tasks[2].Text, tasks[2].IsChecked, tasks[2].Location));
        Assert.Same(outline.Headings[1], tasks[0].Section);
        Assert.Same(outline.Headings[2], tasks[3].Section);
    }

    [Fact]
    public void Build_TasksUnder_FindsTheSectionIgnoringCase()
    {
        var tasks = Outline().TasksUnder("ACCEPTANCE CRITERIA");

        Assert.Equal(["CSV has one row per invoice line", "Exports stream", "nested bold task"], tasks.Select(t => t.Text));
    }

    [Fact]
    public void Build_Links_HaveTextUrlAndPosition()
    {
        var links = Outline().Links;

        Assert.Equal(
            [
                new Link("the spec", "https://example.com/spec", Location.At("b.md", 6, 5)),
                new Link("https://example.com/auto", "https://example.com/auto", Location.At("b.md", 6, 46)),
                new Link("2%", "x.md", Location.At("b.md", 22, 12)),
            ],
            links);
    }

    [Fact]
    public void Build_Tables_HaveHeadersRowsAndPosition()
    {
        var table = Assert.Single(Outline().Tables);

        Assert.Equal(["Metric", "Target"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["NPS", "40"], table.Rows[0]);
        Assert.Equal(["Churn", "2%"], table.Rows[1]);
        Assert.Equal(Location.At("b.md", 19, 1), table.Location);
    }

    [Fact]
    public void Build_CrLfText_GivesTheSamePositions()
    {
        var outline = DocumentParser.Parse("b.md", Body.Replace("\n", "\r\n")).Document.Outline;

        Assert.Equal(Outline().Headings.Select(h => h.Location), outline.Headings.Select(h => h.Location));
        Assert.Equal(Outline().Links.Select(l => l.Location), outline.Links.Select(l => l.Location));
        Assert.Equal(Location.At("b.md", 11, 3), outline.Tasks[2].Location);
    }

    [Fact]
    public void Build_ColumnsCountUtf16CodeUnits()
    {
        var outline = DocumentParser.Parse("b.md", "\U0001F680 go [here](h.md)\n").Document.Outline;

        Assert.Equal(Location.At("b.md", 1, 7), Assert.Single(outline.Links).Location);
    }

    [Fact]
    public void Build_TasksBeforeAnyHeading_HaveNoSection()
    {
        var task = Assert.Single(DocumentParser.Parse("b.md", "- [ ] first\n").Document.Outline.Tasks);

        Assert.Null(task.Section);
    }

    [Theory]
    [InlineData("---\n...\n# H\n")]
    [InlineData("---\n---\n# H\n")]
    [InlineData("---\ntitle: x\n...\n# H\n")]
    public void Build_FrontMatterLines_NeverReachTheOutline(string text)
    {
        var outline = DocumentParser.Parse("b.md", text).Document.Outline;

        Assert.Equal(Location.At("b.md", text.Split('\n').Length - 1, 1), Assert.Single(outline.Headings).Location);
    }

    private static DocumentOutline Outline()
    {
        var result = DocumentParser.Parse("b.md", Body);
        Assert.Empty(result.Diagnostics);
        return result.Document.Outline;
    }
}
