using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class SharedStringsTests
{
    [Fact]
    public void Share_EqualShortTexts_ReturnsOneInstance()
    {
        var first = SharedStrings.Share(new string("in-progress".AsSpan()));
        var second = SharedStrings.Share(new string("in-progress".AsSpan()));

        Assert.Same(first, second);
        Assert.Equal("in-progress", second);
    }

    [Fact]
    public void Share_LongText_IsReturnedAsItIs()
    {
        var title = new string('t', 33);

        Assert.Same(title, SharedStrings.Share(title));
        Assert.NotSame(title, SharedStrings.Share(new string('t', 33)));
    }

    [Fact]
    public void Read_RepeatedValuesAcrossDocuments_ShareOneString()
    {
        var first = YamlReader.Read("a.md", "status: ready\n", firstLine: 2).Root!["status"]!;
        var second = YamlReader.Read("b.md", "status: ready\n", firstLine: 2).Root!["status"]!;

        Assert.Same(((Newtonsoft.Json.Linq.JValue)first).Value, ((Newtonsoft.Json.Linq.JValue)second).Value);
    }
}
