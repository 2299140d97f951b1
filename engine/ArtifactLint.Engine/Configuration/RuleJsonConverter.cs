using Newtonsoft.Json;

namespace ArtifactLint.Configuration;

/// <summary>Reads a <c>rules:</c> entry written as a severity alone, or as its settings.</summary>
internal sealed class RuleJsonConverter : JsonConverter<RuleJson>
{
    public override bool CanWrite => false;

    public override RuleJson ReadJson(JsonReader reader, Type objectType, RuleJson? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.String)
        {
            return new RuleJson { Severity = (string)reader.Value! };
        }

        // Populate, not Deserialize: the object form is read with the serializer's contract, without coming back here.
        var rule = new RuleJson();
        serializer.Populate(reader, rule);
        return rule;
    }

    public override void WriteJson(JsonWriter writer, RuleJson? value, JsonSerializer serializer) => throw new NotSupportedException();
}
