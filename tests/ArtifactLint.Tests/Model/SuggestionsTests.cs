using ArtifactLint.Api;

namespace ArtifactLint.Tests.Model;

public sealed class SuggestionsTests
{
    private const int Seed = 20261127;

    [Theory]
    [InlineData("redy", "ready")]
    [InlineData("pb-142", "PB-142")]
    [InlineData("PB-124", "PB-142")]
    [InlineData("PB-1420", "PB-142")]
    [InlineData("in-progres", "in-progress")]
    public void Closest_Typo_GivesTheCandidate(string value, string expected)
    {
        string[] candidates = ["new", "ready", "in-progress", "PB-142", "PB-143"];
        Assert.Equal(expected, Suggestions.Closest(value, candidates));
        Assert.Equal(expected, Suggestions.For(candidates).Closest(value));
    }

    [Fact]
    public void Closest_ValueLongerThanTheLimit_GetsNoSuggestionEvenWhenACandidateIsEqual()
    {
        var value = new string('a', Suggestions.MaxValueLength + 1);
        Assert.Null(Suggestions.Closest(value, [value, value[1..]]));
        Assert.Null(Suggestions.For([value, value[1..]]).Closest(value));
        Assert.Equal(value[1..], Suggestions.Closest(value[2..], [value, value[1..]]));
    }

    [Fact]
    public void Closest_ShortWords_AreNeverCorrectedIntoOtherWords()
    {
        Assert.Null(Suggestions.Closest("a", ["b"]));
        Assert.Null(Suggestions.Closest("", ["", "a"]));
        Assert.Equal("ab", Suggestions.Closest("ba", ["ab"]));
    }

    [Fact]
    public void Distance_IsTheOptimalStringAlignmentDistance()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 2000; i++)
        {
            var a = Text(random, random.Next(0, 12));
            var b = Text(random, random.Next(0, 12));
            Assert.True(Reference.Distance(a, b) == Suggestions.Distance(a, b), $"seed {Seed}, case {i}: '{a}' '{b}'");
        }

        Assert.Equal(3, Suggestions.Distance("CA", "ABC"));
    }

    [Fact]
    public void ClosestAndIndex_GiveWhatTheFullComparisonGives()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 300; i++)
        {
            var candidates = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Text(random, random.Next(1, 14))).ToArray();
            var index = Suggestions.For(candidates);
            for (var k = 0; k < 20; k++)
            {
                var value = k % 2 == 0 ? Edit(random, candidates[random.Next(candidates.Length)]) : Text(random, random.Next(1, 14));
                var expected = Reference.Closest(value, candidates);
                Assert.True(expected == Suggestions.Closest(value, candidates), $"seed {Seed}, case {i}.{k}: Closest('{value}')");
                Assert.True(expected == index.Closest(value), $"seed {Seed}, case {i}.{k}: index.Closest('{value}')");
            }
        }
    }

    // A small alphabet with both cases, so that random texts are often a few edits apart.
    private static string Text(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcAB-1"[random.Next(7)]).ToArray());

    private static string Edit(Random random, string text)
    {
        for (var edits = random.Next(0, 4); edits > 0 && text.Length > 1; edits--)
        {
            var at = random.Next(text.Length - 1);
            text = random.Next(4) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, "x"),
                2 => text[..at] + "y" + text[(at + 1)..],
                _ => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            };
        }

        return text;
    }

    // The full-matrix implementation the bounded one replaced: what "the same suggestions" means.
    private static class Reference
    {
        public static string? Closest(string value, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
                var allowed = Math.Max(1, Math.Max(value.Length, candidate.Length) / 3);
                if (distance <= allowed && distance < bestDistance && distance < Math.Max(value.Length, candidate.Length))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
