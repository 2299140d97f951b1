using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// A team schema, and every file its <c>$ref</c>s name, is read as a document is: a regular file, up to the size limit;
/// a named pipe or a device is AL0011 at once, and no <c>$ref</c> reaches the network. The documents of the kind go on
/// being linted without the schema (Unix: Windows has no pipes or device links).
/// </summary>
public sealed class SchemaReferenceTests
{
    private const string Config = "as_of: 2026-11-27\nkinds:\n  persona: { paths: [\"personas/*.md\"], schema: schemas/persona.schema.json }\n";
    private const string Persona = "---\nid: P-1\ntitle: Pat\nname: Pat\n---\n";
    private const string Referring = """{ "type": "object", "properties": { "name": { "$ref": "name.json" } } }""";
    private const string Unused = ". Documents of this kind are not checked against a schema until it is fixed [invalid-schema]\n";

    [Fact]
    public void Lint_SchemaThatRefersToANamedPipe_IsAL0011WithoutOpeningIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace(Referring);
        SpecialFiles.MakeFifo(Path.Combine(ws.Path, "schemas", "name.json"));

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal(
            "schemas/persona.schema.json:1:1: error AL0011: The schema of kind 'persona' cannot be used: the file 'name.json' it refers to ($ref) cannot be used: " +
            "this file is a named pipe (FIFO), not a regular file: remove it or exclude it in .artifactlint.yml" + Unused,
            run.Out);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_SchemaThatRefersToADevice_IsAL0011WithoutReadingIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace(Referring);
        File.CreateSymbolicLink(Path.Combine(ws.Path, "schemas", "name.json"), "/dev/zero");

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Contains("cannot be used: the file 'name.json' it refers to ($ref) cannot be used: this file is a character device, not a regular file", run.Out);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_SchemaThatIsADevice_IsAL0011WithoutReadingIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = Workspace(schema: null);
        File.CreateSymbolicLink(Path.Combine(ws.Path, "schemas", "persona.schema.json"), "/dev/zero");

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal(
            "schemas/persona.schema.json:1:1: error AL0011: The schema of kind 'persona' cannot be used: " +
            "this file is a character device, not a regular file: remove it or exclude it in .artifactlint.yml" + Unused,
            run.Out);
    }

    [Fact]
    public void Lint_SchemaThatRefersToTheNetwork_IsAL0011AndNothingIsFetched()
    {
        // A port nothing listens on: were the reference fetched, the message would be a connection error, or a wait.
        using var ws = Workspace("""{ "type": "object", "properties": { "name": { "$ref": "http://127.0.0.1:9/name.json" } } }""");

        var run = SpecialFiles.WithinTimeout(() => CliRun.EngineOnly(ws.Path, "lint"));

        Assert.Equal(
            "schemas/persona.schema.json:1:1: error AL0011: The schema of kind 'persona' cannot be used: it refers ($ref) to 'http://127.0.0.1:9/name.json' on the network, " +
            "which ArtifactLint never fetches: copy that schema into the repository and refer to it by a relative path" + Unused,
            run.Out);
    }

    [Fact]
    public void Lint_SchemaThatRefersToARegularFile_ValidatesWithIt()
    {
        using var ws = Workspace(Referring);
        ws.Write("schemas/name.json", """{ "type": "string", "minLength": 5 }""");

        var run = CliRun.EngineOnly(ws.Path, "lint");

        Assert.StartsWith("personas/P-1.md:4:7: error AL1001:", run.Out);
        Assert.Equal(1, run.ExitCode);
    }

    private static TempFolder Workspace(string? schema)
    {
        var ws = new TempFolder();
        ws.Write(".artifactlint.yml", Config);
        ws.Write("personas/P-1.md", Persona);
        Directory.CreateDirectory(Path.Combine(ws.Path, "schemas"));
        if (schema is not null)
        {
            ws.Write("schemas/persona.schema.json", schema);
        }

        return ws;
    }
}
