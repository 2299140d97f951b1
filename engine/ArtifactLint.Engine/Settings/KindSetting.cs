namespace ArtifactLint.Settings;

/// <summary>A <c>kinds:</c> entry: path globs that replace the kind's default folder, and/or a schema file.</summary>
/// <param name="Kind">The kind's name (built-in or the team's own).</param>
/// <param name="Paths">Globs relative to the workspace root; null keeps the default location.</param>
/// <param name="Schema">A schema path relative to the workspace root; null keeps the built-in schema.</param>
internal sealed record KindSetting(string Kind, IReadOnlyList<string>? Paths, string? Schema);
