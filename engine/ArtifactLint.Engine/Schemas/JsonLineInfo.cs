using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// Start positions of tokens parsed with <see cref="LineInfoHandling.Load"/>. Newtonsoft records where a token
/// ENDS (the count of characters read on the line; for a property, up to and including its colon), so the start
/// is derived from the token's written length.
/// </summary>
internal static class JsonLineInfo
{
    public static JsonLoadSettings LoadSettings { get; } = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>The 1-based line and column where a property's quoted key starts, and the key's length with quotes.</summary>
    public static (int Line, int Column, int Length) KeyOf(JProperty property)
    {
        var info = (IJsonLineInfo)property;
        var length = property.Name.Length + 2;
        return (Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition - length), length);
    }

    /// <summary>The 1-based line and column where a value starts, and its written length (1 for '{' and '[').</summary>
    public static (int Line, int Column, int Length) ValueOf(JToken token)
    {
        var info = (IJsonLineInfo)token;
        var length = token is JContainer ? 1 : token.ToString(Formatting.None).Length;
        return (Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition - length + 1), length);
    }
}
