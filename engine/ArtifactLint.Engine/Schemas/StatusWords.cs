using ArtifactLint.Api;

namespace ArtifactLint.Schemas;

/// <summary>
/// What teams write for a status that a workflow names differently ("active" for in-progress, "closed" for
/// done): when no allowed value is a near spelling, the value's meaning may still point at one.
/// </summary>
internal static class StatusWords
{
    private static readonly Dictionary<string, string[]> Meanings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = ["in-progress", "active"],
        ["doing"] = ["in-progress"],
        ["started"] = ["in-progress"],
        ["wip"] = ["in-progress"],
        ["todo"] = ["new", "planned"],
        ["open"] = ["new", "planned"],
        ["backlog"] = ["new"],
        ["closed"] = ["done", "closed"],
        ["complete"] = ["done", "achieved"],
        ["completed"] = ["done", "achieved"],
        ["finished"] = ["done", "achieved"],
        ["shipped"] = ["done", "released"],
        ["cancelled"] = ["dropped", "cancelled"],
        ["canceled"] = ["dropped", "cancelled"],
        ["abandoned"] = ["dropped"],
        ["blocked"] = ["in-progress"],
        ["approved"] = ["accepted", "ready"],
    };

    /// <summary>The allowed value closest in spelling, else the allowed value the (possibly misspelt) word means, or null.</summary>
    public static string? Suggest(string value, IReadOnlyList<string> allowed)
    {
        if (Suggestions.Closest(value, allowed) is { } spelled)
        {
            return spelled;
        }

        var word = Suggestions.Closest(value, Meanings.Keys);
        return word is null ? null : Meanings[word].FirstOrDefault(allowed.Contains);
    }
}
