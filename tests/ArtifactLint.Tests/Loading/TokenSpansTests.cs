using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Loading;

public sealed class TokenSpansTests
{
    [Fact]
    public void Copy_GivesEveryTokenAndKeyTheSpanOfWhatItCopies()
    {
        var source = JObject.Parse("""{ "goals": ["G-1", "G-2"], "owner": { "name": "dana" } }""");
        var spans = new Dictionary<JToken, SourceSpan>(ReferenceEqualityComparer.Instance);
        var line = 1;
        foreach (var token in source.DescendantsAndSelf())
        {
            spans[token] = new SourceSpan(line, 1, line, 2);
            line++;
        }

        var copy = (JObject)TokenSpans.Copy(source, token => spans[token]);

        Assert.True(JToken.DeepEquals(source, copy));
        var copied = copy.DescendantsAndSelf().ToList();
        var originals = source.DescendantsAndSelf().ToList();
        Assert.Equal(originals.Count, copied.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            Assert.NotSame(originals[i], copied[i]);
            Assert.True(ISpannedToken.TryGet(copied[i], out var span), $"no span on {copied[i].Path}");
            Assert.Equal(spans[originals[i]], span);
        }
    }

    [Fact]
    public void TryGet_TokenTheReaderDidNotBuild_HasNoSpan()
    {
        Assert.False(ISpannedToken.TryGet(new JObject(), out _));
    }
}
