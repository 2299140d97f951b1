using System.Text.RegularExpressions;
using ArtifactLint.Api;
using ArtifactLint.Loading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Schemas;

/// <summary>Reads, checks and compiles one schema file; every problem becomes a diagnostic at its place in the file.</summary>
internal static partial class SchemaLoader
{
    public static LoadedSchema Load(SchemaSource source)
    {
        // Read as a document is: a schema file that is a named pipe or a device, or too large, is not read.
        var file = TextFileReader.Read(source.FilePath, source.DisplayPath, FileSizeLimit.Default, state: source.State);
        if (file.Text is not { } text)
        {
            return Invalid(source, Location.StartOf(source.DisplayPath), file.Diagnostic!.Message);
        }

        JToken json;
        try
        {
            json = JToken.Parse(text, JsonLineInfo.LoadSettings);
        }
        catch (JsonReaderException e)
        {
            var location = Location.At(source.DisplayPath, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
            return Invalid(source, location, $"it is not valid JSON ({WithoutNewtonsoftPosition(e.Message)})");
        }

        if (SchemaShapeChecker.Check(json) is var (token, problem))
        {
            var (line, column, length) = JsonLineInfo.ValueOf(token);
            return Invalid(source, new Location(source.DisplayPath, line, column, line, column + length), problem);
        }

        var diagnostics = new List<Diagnostic>();
        if (!source.IsBuiltIn)
        {
            foreach (var (keyword, message) in UnenforcedKeywordFinder.Find(json))
            {
                var (line, column, length) = JsonLineInfo.KeyOf(keyword);
                var location = new Location(source.DisplayPath, line, column, line, column + length);
                diagnostics.Add(new Diagnostic(EngineRules.UnenforcedSchemaKeyword, EngineRules.UnenforcedSchemaKeyword.DefaultSeverity, location, message));
            }
        }

        try
        {
            // The file path lets relative $refs resolve against the schema's own folder.
            var schema = JsonSchema.FromJsonAsync(SchemaNormalizer.Normalize(text, json), source.FilePath, SchemaReferenceResolver.Factory(source.State)).GetAwaiter().GetResult();
            return new LoadedSchema(schema, diagnostics);
        }
        catch (Exception e) when (SchemaReferenceException.FoundIn(e) is { } refused)
        {
            return Invalid(source, Location.StartOf(source.DisplayPath), refused.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException or IOException)
        {
            var location = e is JsonReaderException r && r.LineNumber > 0
                ? Location.At(source.DisplayPath, r.LineNumber, Math.Max(1, r.LinePosition))
                : Location.StartOf(source.DisplayPath);
            return Invalid(source, location, $"it is not a valid schema ({WithoutNewtonsoftPosition(e.Message)})");
        }
    }

    private static LoadedSchema Invalid(SchemaSource source, Location location, string problem)
    {
        var message = $"The schema of kind '{source.Kind}' cannot be used: {problem}. Documents of this kind are not checked against a schema until it is fixed";
        return new LoadedSchema(null, [new Diagnostic(EngineRules.InvalidSchema, EngineRules.InvalidSchema.DefaultSeverity, location, message)]);
    }

    // The location is already in the diagnostic; Newtonsoft's " Path 'x', line 3, position 5." would repeat it.
    private static string WithoutNewtonsoftPosition(string message) => NewtonsoftPosition().Replace(message, string.Empty).TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$")]
    private static partial Regex NewtonsoftPosition();
}
