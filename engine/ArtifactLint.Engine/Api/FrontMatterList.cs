using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>A front-matter list: its elements in order.</summary>
internal sealed class FrontMatterList(FrontMatterValue[] items)
{
    public FrontMatterValue[] Items { get; } = items;

    /// <summary>The list of a JSON array from the YAML reader, with its spans.</summary>
    public static FrontMatterList Of(JArray list)
    {
        var items = new FrontMatterValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = FrontMatterValue.Of(list[i]);
        }

        return new FrontMatterList(items);
    }
}
