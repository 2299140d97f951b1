using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// Builds a FrontMatter with real positions from JSON text, so that validator tests pin JSON types exactly
/// (a YAML reader test covers how YAML text becomes those types). The "file" is <c>---</c> on line 1, the
/// JSON from line 2, then <c>---</c>; so JSON line n is file line n + 1.
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
        return (new FrontMatter(path, 1, (JObject)TokenSpans.Copy(root, token => SpanOf(token, jsonLines)), []), lines);
    }

    private static SourceSpan SpanOf(JToken token, string[] jsonLines)
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
        return new SourceSpan(info.LineNumber + 1, start, info.LineNumber + 1, endColumn);
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
