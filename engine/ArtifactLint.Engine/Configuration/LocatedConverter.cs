using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Configuration;

/// <summary>
/// Reads a <see cref="Located{T}"/> from the config's tree. The token at the reader is the tree's own, with its span;
/// a value that is itself a token is that token, not a copy (a copy would lose the spans).
/// </summary>
internal sealed class LocatedConverter<T> : JsonConverter<Located<T>>
{
    public override bool CanWrite => false;

    public override Located<T> ReadJson(JsonReader reader, Type objectType, Located<T>? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var token = (reader as JTokenReader)?.CurrentToken ?? throw new InvalidOperationException("a config value is read from the config's JSON tree");
        if (token is T whole)
        {
            reader.Skip();
            return new(whole, token);
        }

        return new(serializer.Deserialize<T>(reader)!, token);
    }

    public override void WriteJson(JsonWriter writer, Located<T>? value, JsonSerializer serializer) => throw new NotSupportedException();
}
