using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Loading;

/// <summary>
/// The fast reader is held to YamlDotNet's tree: wherever it reads a text at all, the values, their types, every
/// span and every comment are the same as the full reader's, and the full reader finds nothing wrong with it.
/// </summary>
public sealed class FastYamlReaderTests
{
    // Characters YAML reads specially, and a few it does not, to break simple front matters in every way.
    private const string Breakers = ":-#'\"[]{},&*!|>%@`?~ \t\n\\.0aé";

    [Theory]
    [InlineData("id: PB-1\ntitle: Grow\n")]
    [InlineData("id: PB-1  # trailing comment\ntitle: 'It''s here'\nnote: \"plain, quoted\"\n")]
    [InlineData("goals: [G-1, 'G-2',  G-3 ]\nempty: []\nestimate: 3\nratio: 0.5\ndone: true\nnothing: null\ntilde: ~\n")]
    [InlineData("goals:\n- G-1\n- G-2\nstatus: ready\n")]
    [InlineData("goals:\n  - G-1\n  - 'G-2'\n# a comment\nstatus: ready\n")]
    [InlineData("key_results:\n  - id: KR-1\n    target: 10\n  - id: KR-2\n    description: Faster, leaner\n")]
    [InlineData("nested:\n  deeper:\n    deepest: 1\n  back: 2\ntop: 3\n")]
    [InlineData("id: PB-1\r\ntitle: Windows lines\r\n")]
    [InlineData("a: b\n  # an indented comment\nc: d\n")]
    [InlineData("title: Café, naïve — über\ndate: 2026-11-27\nversion: 1.10\nzero: 0012\n")]
    [InlineData("list:\n  - [a, b]\n  - x\n")]
    public void TryRead_SimpleFrontMatter_ReadsWhatYamlDotNetReads(string yaml)
    {
        Assert.True(SameAsFullReader(yaml), "the fast reader did not take it: " + yaml);
    }

    [Theory]
    [InlineData("id:\n")]
    [InlineData("title: one\n  two\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: \"esc\\n\"\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: 'open\n  close'\n")]
    [InlineData("a: x: y\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("assignee: @someone\n")]
    public void TryRead_AnythingElse_LeavesItToYamlDotNet(string yaml)
    {
        Assert.Null(FastYamlReader.TryRead(yaml, 2, []));
    }

    [Fact]
    public void TryRead_AtYamlsLimits_AgreesWithYamlDotNet()
    {
        // An implicit key is at most 1,024 characters; a front matter holds at most 10,000 values, mappings counted.
        Assert.True(SameAsFullReader(new string('k', 1024) + ": v\n"));
        Assert.False(SameAsFullReader(new string('k', 1025) + ": v\n"));
        Assert.False(SameAsFullReader("l:\n- " + new string('k', 1025) + ": v\n"));
        for (var entries = 2_000; entries <= 3_200; entries += 100)
        {
            SameAsFullReader(string.Concat(Enumerable.Range(0, entries).Select(i => $"k{i}:\n  x: 1\n")));
        }
    }

    [Fact]
    public void TryRead_ExampleFrontMatters_ReadsMostAndAllAlike()
    {
        var yamls = ExampleFrontMatters();
        var taken = yamls.Count(SameAsFullReader);
        Assert.True(taken * 10 >= yamls.Count * 8, $"the fast reader took {taken} of {yamls.Count} example front matters");
    }

    [Fact]
    public void TryRead_BrokenFrontMatters_NeverDisagreesWithYamlDotNet()
    {
        var random = new Random(20261202);
        var yamls = ExampleFrontMatters();
        var taken = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var yaml = yamls[random.Next(yamls.Count)];
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(yaml.Length + 1);
                yaml = random.Next(3) switch
                {
                    0 => yaml.Insert(at, Breakers[random.Next(Breakers.Length)].ToString()),
                    1 when at < yaml.Length => yaml.Remove(at, 1),
                    _ => yaml.Insert(at, "  "),
                };
            }

            taken += SameAsFullReader(yaml) ? 1 : 0;
        }

        // Most edits leave a text the fast reader still takes (a changed value, a comment), so both readers meet often.
        Assert.InRange(taken, 4_000, 20_000);
    }

    private static List<string> ExampleFrontMatters()
    {
        var root = Repo.Root;
        return Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.Fixtures, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(text => FrontMatterLocator.Find(text) is { IsClosed: true } bounds ? text[bounds.YamlStart..bounds.YamlEnd] : null)
            .OfType<string>()
            .Where(yaml => yaml.Length > 0)
            .ToList();
    }

    // Whether the fast reader took the text; when it did, it must agree with the full reader in everything.
    private static bool SameAsFullReader(string yaml)
    {
        var quoted = new List<(long Start, long End)>();
        if (FastYamlReader.TryRead(yaml, 2, quoted) is not { } fast)
        {
            return false;
        }

        var full = YamlReader.ReadAnyYaml("doc.md", yaml, 2);
        Assert.True(full.Diagnostics.Count == 0, $"the fast reader took what YamlDotNet refuses ({full.Diagnostics.FirstOrDefault()?.Message}): {yaml}");
        Assert.True(full.Root is not null && JToken.DeepEquals(fast, full.Root), $"different values for: {yaml}\nfast: {fast}\nfull: {full.Root}");
        AssertSameSpans(fast, full.Root!, yaml);
        Assert.Equal(
            full.Comments.Select(c => (c.Text, c.Location, c.IsTrailing)),
            YamlSourceScanner.Comments("doc.md", yaml, 2, quoted).Select(c => (c.Text, c.Location, c.IsTrailing)));
        return true;
    }

    private static void AssertSameSpans(JToken fast, JToken full, string yaml)
    {
        Assert.True(ISpannedToken.TryGet(fast, out var fastSpan) && ISpannedToken.TryGet(full, out var fullSpan) && fastSpan == fullSpan, $"different spans at {full.Path} ({Span(fast)} against {Span(full)}) for: {yaml}");
        Assert.Equal(full.Type, fast.Type);
        if (fast is JObject fastMapping)
        {
            foreach (var (fastProperty, fullProperty) in fastMapping.Properties().Zip(((JObject)full).Properties()))
            {
                AssertSameSpans(fastProperty, fullProperty, yaml);
                AssertSameSpans(fastProperty.Value, fullProperty.Value, yaml);
            }
        }
        else if (fast is JArray fastList)
        {
            foreach (var (fastItem, fullItem) in fastList.Zip((JArray)full))
            {
                AssertSameSpans(fastItem, fullItem, yaml);
            }
        }
    }

    private static string Span(JToken token) => ISpannedToken.TryGet(token, out var span) ? span.ToString() : "none";
}
