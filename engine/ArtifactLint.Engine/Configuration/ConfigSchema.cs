using ArtifactLint.Api;
using ArtifactLint.Schemas;

namespace ArtifactLint.Configuration;

/// <summary>Validates the config against <c>schemas/artifactlint-config.schema.json</c>, with the same messages as front matter.</summary>
internal static class ConfigSchema
{
    public const string FileName = "artifactlint-config.schema.json";

    /// <summary>
    /// Starts loading the schema on a pool thread. NJsonSchema's first load is the costliest step of reading the
    /// config (tens of ms, mostly one-time set-up); it then overlaps with reading and parsing the config file.
    /// </summary>
    public static Task<LoadedSchema> StartLoading(string schemaDirectory) => Task.Run(() => Load(schemaDirectory));

    public static IEnumerable<Diagnostic> Validate(FrontMatter config, LoadedSchema loaded)
    {
        if (loaded.Schema is null)
        {
            return loaded.Diagnostics;
        }

        // Not "built-in" for the validator: the config schema forbids unknown keys, which must be errors.
        return FrontMatterValidator.Validate(config, "config", loaded.Schema, isBuiltIn: false).Diagnostics;
    }

    private static LoadedSchema Load(string schemaDirectory) =>
        SchemaLoader.Load(new SchemaSource("config", Path.Combine(schemaDirectory, FileName), $"schemas/{FileName}", IsBuiltIn: true));
}
