using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class DocumentParserTests
{
    private const string BacklogItem = """
        ---
        id: PB-142
        title: Export invoices as CSV
        status: ready
        estimate: 5
        dependencies:
          - PB-131
          - PB-132
          - PB-133
        ---
        Finance wants to reconcile invoices.

        ## Acceptance criteria
        - [ ] CSV has one row per invoice line
        """;

    [Fact]
    public void Parse_FrontMatter_ReadsPropertiesWithFilePositions()
    {
        var result = DocumentParser.Parse("backlog/PB-142.md", BacklogItem);

        var frontMatter = result.Document.FrontMatter!;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["id", "title", "status", "estimate", "dependencies"], frontMatter.PropertyNames);
        Assert.Equal(1, frontMatter.StartLine);
        Assert.Equal(Location.At("backlog/PB-142.md", 4, 9), Start(frontMatter.LocationOf("status")));
        Assert.Equal(Location.At("backlog/PB-142.md", 5, 1), Start(frontMatter.KeyLocationOf("estimate")));
    }

    [Fact]
    public void Parse_ListElement_IsLocatedByIndex()
    {
        var frontMatter = DocumentParser.Parse("b.md", BacklogItem).Document.FrontMatter!;

        Assert.Equal(Location.At("b.md", 9, 5), Start(frontMatter.LocationOf("dependencies", 2)));
        Assert.Equal(Location.At("b.md", 1, 1), frontMatter.LocationOf("sprint"));
    }

    [Fact]
    public void Parse_CrLfLineEndings_GiveTheSamePositions()
    {
        var result = DocumentParser.Parse("b.md", BacklogItem.Replace("\n", "\r\n"));

        var frontMatter = result.Document.FrontMatter!;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Location.At("b.md", 9, 5), Start(frontMatter.LocationOf("dependencies", 2)));
        Assert.Equal("PB-133", (string?)frontMatter.Root["dependencies"]![2]);
        Assert.Equal(Location.At("b.md", 14, 1), result.Document.Outline.Tasks[0].Location);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsDroppedAndPositionsStay()
    {
        var result = DocumentParser.Parse("b.md", "\uFEFF" + BacklogItem);

        Assert.Empty(result.Diagnostics);
        Assert.Equal('-', result.Document.Text[0]);
        Assert.Equal(Location.At("b.md", 2, 5), Start(result.Document.FrontMatter!.LocationOf("id")));
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_ReportsAtLineOneAndKeepsTheBody()
    {
        var result = DocumentParser.Parse("b.md", "---\nid: PB-1\ntitle: x\n\n# Heading\n- [ ] a task\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("AL0001", diagnostic.Id);
        Assert.Equal(Location.At("b.md", 1, 1), diagnostic.Location);
        Assert.Equal("the front matter opened at line 1 is never closed: add a line with --- after its last property", diagnostic.Message);
        Assert.Null(result.Document.FrontMatter);
        Assert.Equal("Heading", Assert.Single(result.Document.Outline.Headings).Text);
        Assert.Single(result.Document.Outline.Tasks);
    }

    [Fact]
    public void Parse_DotsCloseTheFrontMatter()
    {
        var result = DocumentParser.Parse("b.md", "---  \nid: PB-1\n...\n# Title\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("PB-1", (string?)result.Document.FrontMatter!.Root["id"]);
        Assert.Equal(Location.At("b.md", 4, 1), Assert.Single(result.Document.Outline.Headings).Location);
    }

    [Fact]
    public void Parse_EmptyFile_HasNoFrontMatterAndAnEmptyOutline()
    {
        var result = DocumentParser.Parse("b.md", "");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Document.FrontMatter);
        Assert.Same(DocumentOutline.Empty, result.Document.Outline);
        Assert.Equal(Location.At("b.md", 1, 1), result.Document.Start);
    }

    [Fact]
    public void Parse_NoFrontMatter_ParsesTheBody()
    {
        var result = DocumentParser.Parse("README.md", "# Product\n\n---\n\nText\n");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Document.FrontMatter);
        Assert.Equal("Product", Assert.Single(result.Document.Outline.Headings).Text);
    }

    [Fact]
    public void Parse_EmptyFrontMatter_IsAnEmptyMapping()
    {
        var result = DocumentParser.Parse("b.md", "---\n# just a comment\n---\nBody\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Document.FrontMatter!.PropertyNames);
        Assert.Equal("just a comment", Assert.Single(result.Document.FrontMatter.Comments).Text);
    }

    [Theory]
    [InlineData("---\n- a\n- b\n---\n", 2, 1, "it is a list")]
    [InlineData("---\njust text\n---\n", 2, 1, "it is a single value")]
    public void Parse_FrontMatterThatIsNotAMapping_Reports(string text, int line, int column, string found)
    {
        var result = DocumentParser.Parse("b.md", text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Location.At("b.md", line, column), diagnostic.Location);
        Assert.Equal($"front matter must be a mapping of properties (one 'name: value' per line), but {found}", diagnostic.Message);
        Assert.Null(result.Document.FrontMatter);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsInFileLinesAndStillReadsTheBody()
    {
        var result = DocumentParser.Parse("b.md", "---\nid: PB-1\nstatus: ready\nstatus: done\n---\n## Acceptance criteria\n- [x] done\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Location.At("b.md", 4, 1), diagnostic.Location);
        Assert.Equal("'status' is defined twice (first at line 3); keep one", diagnostic.Message);
        Assert.Null(result.Document.FrontMatter);
        Assert.Single(result.Document.Outline.TasksUnder("acceptance criteria"));
    }

    [Fact]
    public void Parse_Comments_AreInFileLines()
    {
        var result = DocumentParser.Parse("s.md", "---\nid: S-1\ncapacity: 30   # expect: AL4001\n---\n");

        var comment = Assert.Single(result.Document.FrontMatter!.Comments);
        Assert.Equal(new YamlComment("expect: AL4001", Location.At("s.md", 3, 16), true), comment);
    }

    private static Location Start(Location location) => Location.At(location.Path, location.Line, location.Column);
}
