using System.Text;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>Names a token of the front matter the way messages do: <c>status</c>, <c>goals[1]</c>, <c>key_results[1].target</c>.</summary>
internal static class TokenPaths
{
    public static string Describe(JToken token)
    {
        var parts = new List<string>();
        for (var current = token; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case JArray array:
                    parts.Add($"[{array.IndexOf(current)}]");
                    break;
                case JProperty property:
                    parts.Add(property.Name);
                    break;
                case JObject when current is JProperty:
                    // A JProperty's own name was added when its value was visited, or it is the token itself.
                    if (ReferenceEquals(current, token))
                    {
                        parts.Add(((JProperty)current).Name);
                    }

                    break;
            }
        }

        parts.Reverse();
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0 && part[0] != '[')
            {
                text.Append('.');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    /// <summary>The top-level property the token is (in), or null for the root itself.</summary>
    public static string? TopLevel(JToken token)
    {
        for (JToken? current = token; current is not null; current = current.Parent)
        {
            if (current is JProperty { Parent: JObject { Parent: null } } property)
            {
                return property.Name;
            }
        }

        return null;
    }
}
