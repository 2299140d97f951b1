using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

/// <summary>Front matters that are almost right are read, or say why they are not: none passes unchecked.</summary>
public sealed class FrontMatterMistakeTests
{
    [Theory]
    [InlineData("----\nid: PB-1\nstatus: nope\n---\n", "----", 4)]
    [InlineData("---x\nid: PB-1\nstatus: nope\n---\n", "---x", 4)]
    [InlineData("--- id: PB-1\nstatus: nope\n...\n", "--- id: PB-1", 3)]
    public void Parse_OpeningLineThatIsNotExactlyDashes_IsAnErrorAtLineOne(string text, string first, int closing)
    {
        var result = DocumentParser.Parse("backlog/PB-1.md", text);

        Assert.Null(result.Document.FrontMatter);
        Assert.True(result.Document.HasUnreadFrontMatter);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0001", 1, 1), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(
            $"the first line '{first}' is not a front matter's opening line, so nothing up to the '---' at line {closing} is read: write the first line as exactly '---'",
            diagnostic.Message);
    }

    [Fact]
    public void Parse_ThematicBreakOnTopAndNoLaterMarker_IsABodyWithoutFrontMatter()
    {
        var result = DocumentParser.Parse("notes/n.md", "----\n\nA note under a rule.\n");

        Assert.Empty(result.Diagnostics);
        Assert.False(result.Document.HasUnreadFrontMatter);
        Assert.Null(result.Document.FrontMatter);
    }

    [Fact]
    public void Parse_OpeningLineWithAComment_IsAFrontMatter()
    {
        var result = DocumentParser.Parse("backlog/PB-1.md", "--- # a backlog item\nid: PB-1\nstatus: nope\n---\nBody\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("nope", (string?)result.Document.FrontMatter!.Root["status"]);
        Assert.Equal((3, 9), (result.Document.FrontMatter.LocationOf("status").Line, result.Document.FrontMatter.LocationOf("status").Column));
    }

    [Fact]
    public void Parse_CarriageReturnOnlyLineEndings_AreLineBreaks()
    {
        var result = DocumentParser.Parse("backlog/PB-1.md", "---\rid: PB-1\rstatus: nope\r---\r# Title\r\r- [ ] a criterion\r");

        Assert.Empty(result.Diagnostics);
        var frontMatter = result.Document.FrontMatter!;
        Assert.Equal("nope", (string?)frontMatter.Root["status"]);
        Assert.Equal((3, 9), (frontMatter.LocationOf("status").Line, frontMatter.LocationOf("status").Column));
        Assert.Equal("Title", Assert.Single(result.Document.Outline.Headings).Text);
        Assert.Equal(7, Assert.Single(result.Document.Outline.Tasks).Location.Line);
        Assert.Equal("status: nope", result.Document.Lines[2]);
    }

    [Fact]
    public void Parse_UnclosedFrontMatterThatRunsIntoTheBody_IsAnErrorNotProperties()
    {
        const string text = "---\nid: PB-1\ntitle: Pay by card\nstatus: new\n\n# Context\n\nNote: customers asked for it\n\n---\n\nMore.\n";

        var result = DocumentParser.Parse("backlog/PB-1.md", text);

        Assert.Null(result.Document.FrontMatter);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0001", 1, 1), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(
            "the front matter opened at line 1 is not closed before the body: line 6 ('# Context') reads as the body's first heading, "
            + "and the '---' at line 10 closes the front matter instead, so the lines between are read as YAML. "
            + "Add a line with --- after the front matter's last property (if line 6 is a YAML comment, remove the blank lines around it)",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("---\nid: PB-1\n\n# planning\nsprint: S-1\n---\n")]
    [InlineData("---\nid: PB-1\n# Context\n\nsprint: S-1\n---\n")]
    [InlineData("---\nid: PB-1\n\n#no-space\n\nsprint: S-1\n---\n")]
    public void Parse_YamlCommentsBetweenProperties_AreNotTakenForABody(string text)
    {
        var result = DocumentParser.Parse("backlog/PB-1.md", text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("S-1", (string?)result.Document.FrontMatter!.Root["sprint"]);
    }
}
