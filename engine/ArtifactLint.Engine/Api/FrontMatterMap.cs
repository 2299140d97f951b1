using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>A front-matter mapping: its entries in source order, each key once (the YAML reader rejects a repeated key).</summary>
internal sealed class FrontMatterMap(FrontMatterEntry[] entries)
{
    public static readonly FrontMatterMap Empty = new([]);

    public FrontMatterEntry[] Entries { get; } = entries;

    /// <summary>The mapping of a JSON object from the YAML reader, with its spans.</summary>
    public static FrontMatterMap Of(JObject map)
    {
        if (map.Count == 0)
        {
            return Empty;
        }

        var entries = new FrontMatterEntry[map.Count];
        var i = 0;
        foreach (var property in map.Properties())
        {
            ISpannedToken.TryGet(property, out var keySpan);
            entries[i++] = new FrontMatterEntry(property.Name, keySpan, FrontMatterValue.Of(property.Value));
        }

        return new FrontMatterMap(entries);
    }

    /// <summary>The entry of <paramref name="key"/>, if the mapping has it. A scan: front matters hold tens of keys, not thousands.</summary>
    public bool TryGet(string key, out FrontMatterEntry entry)
    {
        foreach (var candidate in Entries)
        {
            if (string.Equals(candidate.Key, key, StringComparison.Ordinal))
            {
                entry = candidate;
                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public FrontMatterValue? this[string key] => TryGet(key, out var entry) ? entry.Value : null;

    public JObject ToJson()
    {
        var json = new JObject();
        foreach (var entry in Entries)
        {
            json.Add(entry.Key, entry.Value.ToJson());
        }

        return json;
    }
}
