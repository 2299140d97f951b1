using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class DocumentParserRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "---\n", "...\n", "a: ", "b:\n", "  - ", "- ", "[", "]", "{", "}", ", ", "\"", "'", "|\n", ">\n", "&x ", "*x ", "*y ",
        "? ", ": ", "#", " # c\n", "\t", "\r\n", "\n", "  ", "!!str ", "!t ", "%", "@", "`", "1.10", "~", "true", "é", "\U0001F680",
        "# H\n", "- [ ] t\n", "| a | b |\n|---|---|\n", "[l](u)", "<http://x>", "\uFEFF",
    ];

    [Fact]
    public void Parse_RandomText_NeverThrows()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 2000; i++)
        {
            var text = (i % 2 == 0 ? "---\n" : string.Empty) + string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var result = DocumentParser.Parse("fuzz.md", text);

            Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, text));
        }
    }
}
