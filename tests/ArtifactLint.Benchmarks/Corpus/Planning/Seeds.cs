namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// Independent, reproducible random streams. Each document gets its own stream, so changing
/// how one kind is written does not shift the text of every document after it.
/// </summary>
internal static class Seeds
{
    public static Random For(int seed, int stream, int index)
    {
        // SplitMix64 finaliser: well-spread seeds from small consecutive inputs. Not
        // HashCode.Combine, which is randomised per process.
        ulong x = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 20) ^ (uint)index;
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Picks an index by weight; weights need not sum to anything in particular.</summary>
    public static int Weighted(this Random random, params int[] weights)
    {
        int roll = random.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public static List<T> Shuffled<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
