using System.Xml;
using ArtifactLint.Reporting;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Reporting;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("backlog/PB-1.md", "backlog/PB-1.md")]
    [InlineData("found 'a\nfake.md:1:1: error'", @"found 'a\nfake.md:1:1: error'")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("\u001b[2J", @"\u001b[2J")]
    [InlineData("\u007f \u0085 \u009b", @"\u007f \u0085 \u009b")]
    [InlineData("abc\u202edm.exe \u2066x\u2069 \u200e\u200f\u061c", @"abc\u202edm.exe \u2066x\u2069 \u200e\u200f\u061c")]
    [InlineData("PB\u200b-1 \ufeff \u00ad \u3164 \u2028 \u2029", @"PB\u200b-1 \ufeff \u00ad \u3164 \u2028 \u2029")]
    [InlineData("tag \U000E0041 x", @"tag \udb40\udc41 x")]
    [InlineData("émoji 💩 中文 ✓", "émoji 💩 中文 ✓")]
    [InlineData(@"C:\Users\dana", @"C:\Users\dana")]
    [InlineData(@"C:\temp \new \r \u0041 \\ end\", @"C:\\temp \\new \\r \\u0041 \\\ end\")]
    [InlineData("\\\u001b", @"\\\u001b")]
    [InlineData("x.md:1:1: error", "x.md:1:1: error")]
    public void Of_EscapesControlAndInvisibleCharactersAndAmbiguousBackslashes(string text, string expected)
    {
        Assert.Equal(expected, VisibleText.Of(text));
    }

    [Theory]
    [InlineData("backlog/x.md:1:1: error AL9999: injected [fake].md", @"backlog/x.md\u003a1\u003a1: error AL9999: injected [fake].md")]
    [InlineData(" lead.md", @"\u0020lead.md")]
    [InlineData("a b:c.md", "a b:c.md")]
    [InlineData("new\nline.md", @"new\nline.md")]
    [InlineData(@"a\:1", @"a\\\u003a1")]
    public void OfPath_AlsoEscapesWhatCouldPassForALocationOrAnIndent(string path, string expected)
    {
        Assert.Equal(expected, VisibleText.OfPath(path));
    }

    [Fact]
    public void Of_UnpairedSurrogates_Escaped()
    {
        Assert.Equal(@"lone \ud800 \udc00 pair 💩", VisibleText.Of("lone \ud800 \udc00 pair \ud83d\udca9"));
    }

    [Fact]
    public void Of_OrdinaryText_IsTheSameString()
    {
        const string text = "'goals' references 'G-9', which is not a goal in this workspace";

        Assert.Same(text, VisibleText.Of(text));
    }

    [Fact]
    public void Of_EveryCharacter_VisibleXmlAndReadBackExactly()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var escaped = VisibleText.Of($"a{(char)c}b");

            Assert.Null(EscapedText.FirstInvisible(escaped));
            Assert.True(escaped.All(XmlConvert.IsXmlChar), $"U+{c:X4} escapes to text XML 1.0 cannot hold");
            Assert.Equal($"a{(char)c}b", EscapedText.Decode(escaped));
        }
    }

    [Fact]
    public void OfAndOfPath_RandomHostileText_ReadBackExactlyAndHoldNothingInvisible()
    {
        const int seed = 20261201;
        var random = new Random(seed);
        string[] alphabet = ["\\", "n", "r", "t", "u", "0", "a", ":", "1", " ", "\n", "\r", "\t", "\u001b", "\u0085", "\u202e", "\u200b", "\ud83d\udca9", "\U000E0041", "\ud800", "\udc00", "'"];
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var shown = $"seed {seed}, case {i}: {string.Join(' ', text.Select(c => $"{(int)c:x4}"))}";
            foreach (var escaped in new[] { VisibleText.Of(text), VisibleText.OfPath(text) })
            {
                Assert.True(EscapedText.FirstInvisible(escaped) is null, shown);
                Assert.True(EscapedText.Decode(escaped) == text, shown);
            }

            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(VisibleText.OfPath(text), @"^ |:\d"), shown);
        }
    }
}
