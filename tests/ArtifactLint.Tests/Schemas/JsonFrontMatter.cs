using ArtifactLint.Api;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// Test-only stand-in for the YAML reader: builds a FrontMatter with real positions from JSON flow text.
/// The "file" is <c>---</c> on line 1, the JSON from line 2, then <c>---</c>; so JSON line n is file line n + 1.
/// Swap it for the YAML reader once that lands.
/// </summary>
internal static class JsonFrontMatter
{
    public static (FrontMatter FrontMatter, IReadOnlyList<string> Lines) Parse(string json, string path = "backlog/PB-1.md")
    {
        var jsonLines = json.Replace("\r\n", "\n").Split('\n');
        var lines = new List<string> { "---" };
        lines.AddRange(jsonLines);
        lines.Add("---");

        var root = JObject.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var spans = new Dictionary<JToken, SourceSpan>(ReferenceEqualityComparer.Instance);
        foreach (var token in root.DescendantsAndSelf())
        {
            var info = (IJsonLineInfo)token;
            var text = jsonLines[info.LineNumber - 1];
            var end = info.LinePosition; // characters read on the line: the token ends just before column end + 1
            var start = token switch
            {
                JProperty p => end - p.Name.Length - 2, // the colon is read with the key
                JContainer => end,
                JValue { Type: JTokenType.String } => text.LastIndexOf('"', end - 2) + 1,
                _ => ScalarStart(text, end),
            };
            var endColumn = token is JProperty key ? start + key.Name.Length + 2 : end + 1;
            spans[token] = new SourceSpan(info.LineNumber + 1, start, info.LineNumber + 1, endColumn);
        }

        return (new FrontMatter(path, 1, root, spans, []), lines);
    }

    private static int ScalarStart(string text, int end)
    {
        var i = end - 1;
        while (i > 0 && " \t,:[{".IndexOf(text[i - 1]) < 0)
        {
            i--;
        }

        return i + 1;
    }
}
