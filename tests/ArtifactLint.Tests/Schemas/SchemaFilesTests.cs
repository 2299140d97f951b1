using ArtifactLint.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ArtifactLint.Tests.Schemas;

public sealed class SchemaFilesTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(SchemaPaths.Directory, "*.json").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> Kinds() => [.. Api.Kinds.BuiltIn];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EverySchemaFile_IsADraft07SchemaWithIdTitleAndDescription(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(SchemaPaths.Directory, file));
        var json = JObject.Parse(text);

        var schema = await JsonSchema.FromJsonAsync(text);

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
        Assert.EndsWith("/" + file, (string?)json["$id"]);
        Assert.False(string.IsNullOrWhiteSpace(schema.Title));
        Assert.False(string.IsNullOrWhiteSpace(schema.Description));
        Assert.Null(SchemaShapeChecker.Check(json));
        Assert.Empty(UnenforcedKeywordFinder.Find(json));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void KindSchema_EveryPropertyHasTitleAndDescription_AndUnknownPropertiesStayAllowed(string kind)
    {
        var json = JObject.Parse(File.ReadAllText(SchemaPaths.Of(kind)));

        foreach (var property in json.Descendants().OfType<JProperty>().Where(p => p.Name == "properties").SelectMany(p => ((JObject)p.Value).Properties()))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.Value["title"]), $"{kind}: {property.Path} has no title");
            Assert.False(string.IsNullOrWhiteSpace((string?)property.Value["description"]), $"{kind}: {property.Path} has no description");
        }

        Assert.NotEqual(false, (bool?)json["additionalProperties"]);
        Assert.Equal([kind], json["properties"]!["kind"]!["enum"]!.Values<string>());
    }

    [Fact]
    public void ConfigSchema_ForbidsUnknownKeysAtEveryLevel()
    {
        var json = JObject.Parse(File.ReadAllText(SchemaPaths.Of("artifactlint-config")));

        var objects = json.DescendantsAndSelf().OfType<JObject>().Where(o => (string?)o["type"] == "object" && o["properties"] is not null);

        Assert.All(objects, o => Assert.Equal(false, (bool?)o["additionalProperties"]));
    }
}
