using System.Text.Json.Serialization;

namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>sarifLog</c>, the document: which schema and version, and the runs (we write one).</summary>
internal sealed record SarifLog([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<SarifRun> Runs);
