using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using ArtifactLint.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Tests.Schemas;

/// <summary>The quick check says "valid" only where the full validator finds nothing, and says it often.</summary>
public sealed class QuickCheckTests
{
    [Fact]
    public void SurelyValid_Draft7Suite_OnlyForValidInstances()
    {
        var folder = Path.Combine(Repo.Reference, "JSON-Schema-Test-Suite", "tests", "draft7");
        using var temp = new TempFolder();
        var sure = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var group in JArray.Parse(File.ReadAllText(file)).Cast<JObject>())
            {
                // Loaded as a team's schema is, normalized for NJsonSchema's known mistakes.
                var path = temp.Write("case.schema.json", group["schema"]!.ToString());
                if (SchemaLoader.Load(new SchemaSource("case", path, "case.schema.json", IsBuiltIn: false)).Schema is not { } schema)
                {
                    continue;
                }

                foreach (var test in group["tests"]!.Cast<JObject>())
                {
                    if (QuickCheck.SurelyValid(test["data"]!, schema))
                    {
                        sure++;
                        Assert.True((bool)test["valid"]!, $"{Path.GetFileName(file)}: {group["description"]} / {test["description"]} is invalid");
                    }
                }
            }
        }

        Assert.InRange(sure, 100, int.MaxValue);
    }

    // Bounds finer than a double: NJsonSchema holds them as decimals, and so must the quick check.
    [Theory]
    [InlineData("""{ "type": "integer", "minimum": 1.0000000000000001 }""", "1")]
    [InlineData("""{ "type": "integer", "maximum": 0.99999999999999999 }""", "1")]
    [InlineData("""{ "type": "integer", "maximum": 12345678901234567.0 }""", "12345678901234590")]
    public void SurelyValid_PreciseBound_NotForAValuePastIt(string schemaJson, string value)
    {
        using var temp = new TempFolder();
        var path = temp.Write("case.schema.json", schemaJson);
        var schema = SchemaLoader.Load(new SchemaSource("case", path, "case.schema.json", IsBuiltIn: false)).Schema!;
        Assert.NotEmpty(CheckedValidator.Instance.Validate(JToken.Parse(value), schema));
        Assert.False(QuickCheck.SurelyValid(JToken.Parse(value), schema));
    }

    [Fact]
    public void SurelyValid_EditedExampleFrontMatters_OnlyWhereTheValidatorFindsNothing()
    {
        var schemas = Directory.EnumerateFiles(Path.Combine(Repo.Root, "schemas"), "*.schema.json")
            .Order(StringComparer.Ordinal)
            .Select(f => SchemaLoader.Load(new SchemaSource("kind", f, Path.GetFileName(f), IsBuiltIn: true)).Schema!)
            .ToList();

        var roots = Directory.EnumerateFiles(Path.Combine(Repo.Root, "examples"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => DocumentParser.Parse("doc.md", File.ReadAllText(f)).Document.FrontMatter?.Root)
            .OfType<JObject>()
            .ToList();
        string[] values = ["", "x", "done", "Done", "in-progress", "G-1", "G-1", "é", "😀", "2026-13-01"];
        var random = new Random(20261202);
        var (sure, unsure) = (0, 0);
        for (var round = 0; round < 5_000; round++)
        {
            var root = (JObject)roots[random.Next(roots.Count)].DeepClone();
            var properties = root.Properties().ToList();
            if (properties.Count > 0)
            {
                var property = properties[random.Next(properties.Count)];
                property.Value = random.Next(6) switch
                {
                    0 => new JValue(values[random.Next(values.Length)]),
                    1 => new JValue(random.Next(-3, 30)),
                    2 => new JArray(values[random.Next(values.Length)], values[random.Next(values.Length)]),
                    3 => new JValue((object?)null),
                    4 => new JValue(random.Next(2) == 0),
                    _ => property.Value,
                };
            }

            foreach (var schema in schemas)
            {
                if (QuickCheck.SurelyValid(root, schema))
                {
                    sure++;
                    Assert.Empty(CheckedValidator.Instance.Validate(root, schema));
                }
                else
                {
                    unsure++;
                }
            }
        }

        Assert.InRange(sure, 1_000, int.MaxValue);
        Assert.InRange(unsure, 1_000, int.MaxValue);
    }
}
