using ArtifactLint.Api;

namespace ArtifactLint.Tests.Model;

public sealed class ExcerptTests
{
    [Theory]
    [InlineData("")]
    [InlineData("PB-142")]
    [InlineData("an eighty-character value is quoted whole, to its very last character: 12345678")]
    public void Of_UpToTheLimit_IsTheValueItself(string value) => Assert.Same(value, Excerpt.Of(value));

    [Fact]
    public void Of_LongerValue_IsItsStartAndAnEllipsis()
    {
        var value = new string('a', 79) + "bc";

        Assert.Equal(new string('a', 79) + "…", Excerpt.Of(value));
        Assert.Equal(Excerpt.MaxLength, Excerpt.Of(new string('x', 50_000_000)).Length);
    }

    [Fact]
    public void Of_NeverCutsASurrogatePairInHalf()
    {
        var value = new string('a', 78) + "💩" + "tail";

        Assert.Equal(new string('a', 78) + "…", Excerpt.Of(value));
    }

    [Fact]
    public void FormatMessage_CutsTheArgumentsTheFormatQuotes_AndOnlyThose()
    {
        var descriptor = new RuleDescriptor("X1001", "x", "X", "'{0}' references '{1}', which {2}", "Test", Severity.Error);
        var id = new string('z', 200);
        var prose = "is not " + new string('w', 100);

        Assert.Equal($"'dependencies' references '{new string('z', 79)}…', which {prose}", descriptor.FormatMessage("dependencies", id, prose));
        Assert.Equal("'goals' references 'G-9', which is not a goal", descriptor.FormatMessage("goals", "G-9", "is not a goal"));
    }
}
