using ArtifactLint.Tests.Support;
using NJsonSchema;

namespace ArtifactLint.Tests.Reporting;

/// <summary>The official SARIF 2.1.0 schema (vendored under tests/reference), loaded once for every test that checks a SARIF log.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(Repo.Reference, "sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    public static JsonSchema Official => Schema.Value;
}
