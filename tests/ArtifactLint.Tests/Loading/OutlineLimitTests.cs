using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class OutlineLimitTests
{
    private const string Front = "---\nid: PB-1\n---\n";

    [Fact]
    public void Build_BodyWithinTheLimit_IsReadWholeWithoutAProblem()
    {
        var text = Front + "## Acceptance criteria\n" + Lines("- [ ] x\n", OutlineBuilder.MaxBodyLength - 40) + "- [ ] last\n";

        var outline = OutlineBuilder.Build("b.md", text, 3, out var problem);

        Assert.Null(problem);
        Assert.Equal("last", outline.Tasks[^1].Text);
    }

    [Fact]
    public void Build_BodyPastTheLimit_IsReadUpToTheLastLineWithinIt_AndSaysWhere()
    {
        var filler = Lines("- [ ] x\n", OutlineBuilder.MaxBodyLength - 23);
        var text = Front + "## Acceptance criteria\n" + filler + "- [ ] late\n";

        var outline = OutlineBuilder.Build("b.md", text, 3, out var problem);

        var lineAfterTheFiller = 3 + 1 + (filler.Length / 8) + 1;
        Assert.Equal(filler.Length / 8, outline.Tasks.Count);
        Assert.DoesNotContain(outline.Tasks, t => t.Text == "late");
        Assert.NotNull(problem);
        Assert.Equal("AL0015", problem.Id);
        Assert.Equal(Location.At("b.md", lineAfterTheFiller, 1), problem.Location);
    }

    [Fact]
    public void Build_OneLineBodyPastTheLimit_StopsInsideTheLine()
    {
        var text = Front + new string('w', OutlineBuilder.MaxBodyLength + 5) + "\n";

        OutlineBuilder.Build("b.md", text, 3, out var problem);

        Assert.Equal(Location.At("b.md", 4, OutlineBuilder.MaxBodyLength + 1), problem!.Location);
    }

    [Fact]
    public void Build_MarkdownNestedTooDeeply_IsAnEmptyOutlineAndAProblemAtTheBody()
    {
        var text = Front + "## Acceptance criteria\n- [ ] x\n\n" + string.Concat(Enumerable.Repeat("see *now* and ", 40_000)) + "\n";

        var outline = OutlineBuilder.Build("b.md", text, 3, out var problem);

        Assert.Empty(outline.Tasks);
        Assert.Equal(Location.At("b.md", 4, 1), problem!.Location);
        Assert.Equal(
            "this body cannot be read as Markdown: its elements are nested too deeply, so none of its headings, task lists, links and tables is checked; simplify the text",
            problem.Message);
    }

    private static string Lines(string line, int length) => string.Concat(Enumerable.Repeat(line, length / line.Length));
}
