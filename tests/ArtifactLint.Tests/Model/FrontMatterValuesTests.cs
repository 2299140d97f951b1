using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Model;

/// <summary>
/// What a document keeps of its front matter (<see cref="FrontMatter.Values"/>) holds every value, type and span of the
/// JSON tokens the schema check reads, which are dropped after it.
/// </summary>
public sealed class FrontMatterValuesTests
{
    [Fact]
    public void Values_OfEveryExampleAndFixture_HoldWhatTheJsonHolds()
    {
        var checkedValues = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "examples"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.Fixtures, "*.md", SearchOption.AllDirectories)))
        {
            if (DocumentParser.Parse("doc.md", File.ReadAllText(file)).Document.FrontMatter is not { } frontMatter)
            {
                continue;
            }

            var json = frontMatter.Root;
            Assert.True(JToken.DeepEquals(json, frontMatter.Values.ToJson()), file);
            foreach (var property in json.Properties())
            {
                Assert.Equal(frontMatter.LocationOf((JToken)property), frontMatter.KeyLocationOf(property.Name));
                Assert.Equal(frontMatter.LocationOf(property.Value), frontMatter.LocationOf(property.Name));
                checkedValues += SameSpans(frontMatter, property.Value, frontMatter.Values[property.Name]!.Value);
            }
        }

        Assert.True(checkedValues > 1_000, $"only {checkedValues} values were compared");
    }

    [Fact]
    public void ReleaseJson_LeavesTheValues()
    {
        var frontMatter = DocumentParser.Parse("a.md", "---\nid: PB-1\ngoals: [G-1, G-2]\nestimate: 3\n---\n").Document.FrontMatter!;
        frontMatter.ReleaseJson();

        Assert.Throws<InvalidOperationException>(() => frontMatter.Root);
        Assert.Equal(["id", "goals", "estimate"], frontMatter.PropertyNames);
        Assert.Equal(new Location("a.md", 3, 14, 3, 17), frontMatter.LocationOf("goals", 1));
        Assert.Equal(3L, frontMatter.Values["estimate"]?.Value);
    }

    // Every value's span, at any depth, is the span of its token; returns how many values were compared.
    private static int SameSpans(FrontMatter frontMatter, JToken token, FrontMatterValue value)
    {
        ISpannedToken.TryGet(token, out var span);
        Assert.Equal(span, value.Span);
        return 1 + (token, value.Value) switch
        {
            (JArray list, FrontMatterList values) => list.Zip(values.Items).Sum(pair => SameSpans(frontMatter, pair.First, pair.Second)),
            (JObject map, FrontMatterMap values) => map.Properties().Zip(values.Entries).Sum(pair =>
            {
                ISpannedToken.TryGet(pair.First, out var key);
                Assert.Equal((pair.First.Name, key), (pair.Second.Key, pair.Second.KeySpan));
                return SameSpans(frontMatter, pair.First.Value, pair.Second.Value);
            }),
            _ => 0,
        };
    }
}
