using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Suppressions;

namespace ArtifactLint.Tests.Model;

/// <summary>
/// A run that lints once keeps a document's front matter in memory and reads its body again from the file when a rule
/// asks (<see cref="Document.ReleaseBody"/>): the same text as kept, or, when the file changed since, the front matter
/// alone with an AL0015 that says so.
/// </summary>
public sealed class DocumentBodyTests
{
    private const string Item = "\uFEFF---\r\nid: PB-1\r\nstatus: done\r\n---\r\n# PB-1\r\n\r\n## Acceptance criteria\r\n\r\n- [ ] Exports\r\n- [x] Imports\r\n";

    [Fact]
    public void ReleasedBody_IsReadAgainAsTheParserReadIt()
    {
        var kept = DocumentParser.Parse("backlog/PB-1.md", Item).Document;
        var released = DocumentParser.Parse("backlog/PB-1.md", Item).Document;
        var files = new Files(Item);
        released.ReleaseBody(files);

        Assert.Equal(kept.Text, released.Text);
        Assert.Equal(kept.Lines, released.Lines);
        Assert.Equal(kept.Outline.Tasks, released.Outline.Tasks);
        Assert.Null(released.OutlineProblem(int.MaxValue));
        Assert.True(released.HasUncheckedBox);
        Assert.True(files.Reads >= 3);
    }

    [Theory]
    [InlineData("---\r\nid: PB-1\r\nstatus: done\r\n---\r\n# PB-1\r\n\r\n## Acceptance criteria\r\n\r\n- [x] Exports\r\n- [x] Imports\r\n")]
    [InlineData("---\nid: PB-1\n")]
    [InlineData(null)]
    public void ReleasedBody_OfAFileChangedSince_IsTheFrontMatterAloneWithAnAL0015(string? now)
    {
        var document = DocumentParser.Parse("backlog/PB-1.md", Item).Document;
        document.ReleaseBody(new Files(now));

        Assert.Equal("---\r\nid: PB-1\r\nstatus: done\r\n---\r\n", document.Text);
        Assert.Empty(document.Outline.Tasks);
        var problem = document.OutlineProblem(int.MaxValue);
        Assert.Equal("AL0015", problem?.Descriptor.Id);
        Assert.Equal(Location.At("backlog/PB-1.md", 5, 1), problem!.Location);
        Assert.Contains("changed while it was being linted", problem.Message, StringComparison.Ordinal);

        // What was found when the file was read still holds.
        Assert.True(document.HasUncheckedBox);
        Assert.Equal("done", document.FrontMatter!.Values["status"]?.Value);
    }

    [Fact]
    public void ReleasedBody_ChangedWhenReadAsText_SaysSoAndStaysTheFrontMatter()
    {
        var document = DocumentParser.Parse("backlog/PB-1.md", Item).Document;
        var files = new Files(Item.Replace("Exports", "Imports", StringComparison.Ordinal));
        document.ReleaseBody(files);

        // No rule asked for the outline: the change is still said, once, and the file is not read again.
        Assert.Equal("---\r\nid: PB-1\r\nstatus: done\r\n---\r\n", document.Text);
        Assert.Equal("AL0015", document.OutlineProblem(int.MaxValue)?.Descriptor.Id);
        files.Text = Item;
        Assert.Equal("---\r\nid: PB-1\r\nstatus: done\r\n---\r\n", document.Text);
        Assert.Empty(document.Outline.Tasks);
        Assert.Equal(1, files.Reads);
    }

    [Fact]
    public void ReleasedBody_WithoutFrontMatter_IsAllBody()
    {
        var document = DocumentParser.Parse("notes/a.md", "# Notes\n- [ ] one\n").Document;
        document.ReleaseBody(new Files("# Notes\n- [ ] two\n"));

        Assert.Equal(string.Empty, document.Text);
        Assert.Empty(document.Outline.Tasks);
        Assert.Equal("AL0015", document.OutlineProblem(int.MaxValue)?.Descriptor.Id);
    }

    [Fact]
    public void MentionsSuppression_LooksForTheSuppressionMarker()
    {
        Assert.Equal("artifactlint-disable", SuppressionScanner.Marker);
        Assert.True(DocumentParser.Parse("a.md", "---\nid: A # artifactlint-disable-line AL1001 -- why\n---\n").Document.MentionsSuppression);
        Assert.True(DocumentParser.Parse("a.md", "<!-- artifactlint-disable AL2003 -- why -->\n").Document.MentionsSuppression);
        Assert.False(DocumentParser.Parse("a.md", "---\nid: A # artifactlint-enable\n---\n").Document.MentionsSuppression);
    }

    private sealed class Files(string? text) : IDocumentFiles
    {
        public int Reads { get; private set; }

        public string? Text { get; set; } = text;

        public string? Read(string path)
        {
            Reads++;
            return Text is null ? null : DocumentParser.Normalized(Text);
        }
    }
}
