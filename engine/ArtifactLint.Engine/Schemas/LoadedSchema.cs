using ArtifactLint.Api;
using NJsonSchema;

namespace ArtifactLint.Schemas;

/// <summary>One schema file after loading: the compiled schema (null when it could not be used) and what was wrong with it.</summary>
internal sealed record LoadedSchema(JsonSchema? Schema, IReadOnlyList<Diagnostic> Diagnostics);
