using System.Text.Json.Serialization;

namespace ArtifactLint.Reporting;

/// <summary>
/// The SARIF model's serialisation: camelCase, null properties left out, indented; each record's properties in the order
/// it declares them, which is the order of the output.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJson : JsonSerializerContext;
