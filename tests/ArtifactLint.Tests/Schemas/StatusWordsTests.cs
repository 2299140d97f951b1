using ArtifactLint.Schemas;

namespace ArtifactLint.Tests.Schemas;

public sealed class StatusWordsTests
{
    private static readonly string[] Backlog = ["new", "refined", "ready", "in-progress", "review", "done", "dropped"];
    private static readonly string[] Goal = ["proposed", "active", "achieved", "dropped"];

    [Theory]
    [InlineData("redy", "ready")]
    [InlineData("activ", "in-progress")]
    [InlineData("Doing", "in-progress")]
    [InlineData("finished", "done")]
    [InlineData("canceled", "dropped")]
    public void Suggest_BacklogStatus_BySpellingThenByMeaning(string written, string expected) =>
        Assert.Equal(expected, StatusWords.Suggest(written, Backlog));

    [Theory]
    [InlineData("activ", "active")]
    [InlineData("completed", "achieved")]
    public void Suggest_GoalStatus_PrefersTheKindsOwnWord(string written, string expected) =>
        Assert.Equal(expected, StatusWords.Suggest(written, Goal));

    [Fact]
    public void Suggest_NothingClose_IsNull() => Assert.Null(StatusWords.Suggest("banana", Backlog));
}
