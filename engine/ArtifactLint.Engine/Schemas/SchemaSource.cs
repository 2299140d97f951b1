namespace ArtifactLint.Schemas;

/// <summary>Where a kind's schema comes from.</summary>
/// <param name="Kind">The kind it validates.</param>
/// <param name="FilePath">The file on disk.</param>
/// <param name="DisplayPath">The path diagnostics show: relative to the workspace root, or <c>schemas/x.schema.json</c> for a built-in.</param>
/// <param name="IsBuiltIn">Whether ArtifactLint ships the file (built-ins get no AL0010 checks).</param>
/// <param name="State">The repository state the file and its <c>$ref</c>s are read from (<c>--staged</c>, a commit), or null for the disk.</param>
internal sealed record SchemaSource(string Kind, string FilePath, string DisplayPath, bool IsBuiltIn, Loading.RepositoryState? State = null);
