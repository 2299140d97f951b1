using ArtifactLint.Api;
using ArtifactLint.Schemas;

namespace ArtifactLint.Configuration;

/// <summary>Validates the config against <c>schemas/artifactlint-config.schema.json</c>, with the same messages as front matter.</summary>
internal static class ConfigSchema
{
    public const string FileName = "artifactlint-config.schema.json";

    public static IEnumerable<Diagnostic> Validate(FrontMatter config, string schemaDirectory)
    {
        var loaded = SchemaLoader.Load(new SchemaSource("config", Path.Combine(schemaDirectory, FileName), $"schemas/{FileName}", IsBuiltIn: true));
        if (loaded.Schema is null)
        {
            return loaded.Diagnostics;
        }

        // Not "built-in" for the validator: the config schema forbids unknown keys, which must be errors.
        return FrontMatterValidator.Validate(config, "config", loaded.Schema, isBuiltIn: false).Diagnostics;
    }
}
