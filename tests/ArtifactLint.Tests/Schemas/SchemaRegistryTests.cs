using ArtifactLint.Schemas;
using ArtifactLint.Api;

namespace ArtifactLint.Tests.Schemas;

public sealed class SchemaRegistryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("al-schemas-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Get_BuiltInKinds_LoadWithoutDiagnostics()
    {
        var registry = new SchemaRegistry(SchemaRegistry.BuiltInSources(SchemaPaths.Directory));
        registry.Start();

        Assert.All(Kinds.BuiltIn, kind => Assert.NotNull(registry.Get(kind)));
        Assert.Empty(registry.Diagnostics);
        Assert.Null(registry.Get("persona"));
    }

    [Fact]
    public void Get_TeamSchemaWithConstAndIf_WarnsAtEachKeyword()
    {
        var registry = Team("persona", """
            {
              "type": "object",
              "properties": {
                "kind": { "const": "persona" },
                "tier": { "type": "string" }
              },
              "if": { "required": ["tier"] },
              "then": { "required": ["owner"] }
            }
            """);

        Assert.NotNull(registry.Get("persona"));
        Assert.Equal(
            [
                "AL0010 personas/persona.schema.json:4:15-4:22 'const' is not enforced by ArtifactLint's validator: use a one-value 'enum' instead",
                "AL0010 personas/persona.schema.json:7:3-7:7 'if' is not enforced by ArtifactLint's validator: the if/then/else condition is never checked: split the kind or use 'anyOf'",
            ],
            registry.Diagnostics.Select(Show));
    }

    [Fact]
    public void Get_BrokenJson_ReportsAL0011AtItsLine()
    {
        var registry = Team("persona", """
            {
              "type": "object",
              "properties": {
                "tier" { "type": "string" }
              }
            }
            """);

        Assert.Null(registry.Get("persona"));
        var diagnostic = Assert.Single(registry.Diagnostics);
        Assert.Equal("AL0011", diagnostic.Id);
        Assert.Equal(("personas/persona.schema.json", 4), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.StartsWith("The schema of kind 'persona' cannot be used: it is not valid JSON (", diagnostic.Message);
    }

    [Fact]
    public void Get_UnknownTypeName_ReportsAL0011AtTheValue()
    {
        var registry = Team("persona", """
            {
              "properties": { "tier": { "type": "text" } }
            }
            """);

        Assert.Equal(
            "AL0011 personas/persona.schema.json:2:37-2:43 The schema of kind 'persona' cannot be used: 'type' must be one of string, number, integer, boolean, object, array, null (or a list of them). Documents of this kind are not checked against a schema until it is fixed",
            Show(Assert.Single(registry.Diagnostics)));
    }

    [Fact]
    public void Get_MissingFile_ReportsAL0011()
    {
        var registry = new SchemaRegistry([new SchemaSource("persona", Path.Combine(_dir, "nope.json"), "nope.json", false)]);

        Assert.Null(registry.Get("persona"));
        Assert.Equal("AL0011", Assert.Single(registry.Diagnostics).Id);
    }

    [Fact]
    public void Create_TeamSchemaOverridesBuiltIn_AndWorkflowStatusesReplaceTheEnum()
    {
        var registry = SchemaRegistry.Create(
            SchemaPaths.Directory, new Dictionary<string, string>(), p => p, backlogStatuses: ["todo", "doing", "done"]);

        var status = registry.Get("backlog-item")!.Properties["status"];

        Assert.Equal(["todo", "doing", "done"], status.Enumeration.Select(v => v?.ToString()));
        Assert.True(registry.IsBuiltIn("backlog-item"));
    }

    private SchemaRegistry Team(string kind, string schema)
    {
        var file = Path.Combine(_dir, $"{kind}.schema.json");
        File.WriteAllText(file, schema);
        return SchemaRegistry.Create(
            SchemaPaths.Directory, new Dictionary<string, string> { [kind] = file }, _ => $"personas/{kind}.schema.json");
    }

    private static string Show(Api.Diagnostic d) =>
        $"{d.Id} {d.Location.Path}:{d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn} {d.Message}";
}
