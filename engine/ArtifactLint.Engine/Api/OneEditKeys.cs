namespace ArtifactLint.Api;

/// <summary>
/// The texts one edit away from a value, found without comparing it to every text: two texts within one
/// insertion, deletion, substitution or adjacent swap share a key, the text itself or the text with one
/// character left out (a symmetric-deletion index). Keys are 64-bit hashes, so a hit is a candidate to check,
/// and the index holds one entry per character of the texts.
/// </summary>
internal sealed class OneEditKeys
{
    private const ulong Multiplier = 1_000_003;

    private readonly Dictionary<ulong, int> _first = [];
    private readonly List<(int Text, int Next)> _entries = [];

    public OneEditKeys(IReadOnlyList<string> texts)
    {
        for (var t = 0; t < texts.Count; t++)
        {
            foreach (var key in Keys(texts[t]))
            {
                _entries.Add((t, _first.TryGetValue(key, out var next) ? next : -1));
                _first[key] = _entries.Count - 1;
            }
        }
    }

    /// <summary>The texts (by index, possibly repeated, possibly a hash collision) that share a key with <paramref name="text"/>.</summary>
    public IEnumerable<int> Near(string text)
    {
        foreach (var key in Keys(text))
        {
            for (var e = _first.TryGetValue(key, out var first) ? first : -1; e >= 0; e = _entries[e].Next)
            {
                yield return _entries[e].Text;
            }
        }
    }

    // The hash of the text, then of the text without its i-th character, for each i that gives a new text
    // (leaving out either letter of "ee" gives the same one).
    private static IEnumerable<ulong> Keys(string text)
    {
        var n = text.Length;
        var prefix = new ulong[n + 1];
        var powers = new ulong[n + 1];
        powers[0] = 1;
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = (prefix[i] * Multiplier) + text[i];
            powers[i + 1] = powers[i] * Multiplier;
        }

        yield return Mix(prefix[n], n);
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && text[i] == text[i - 1])
            {
                continue;
            }

            // hash(text[..i] + text[(i + 1)..]) = hash(text[..i]) * B^(n-1-i) + hash(text[(i + 1)..])
            var suffix = prefix[n] - (prefix[i + 1] * powers[n - 1 - i]);
            yield return Mix((prefix[i] * powers[n - 1 - i]) + suffix, n - 1);
        }
    }

    private static ulong Mix(ulong hash, int length) => (hash ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15;
}
