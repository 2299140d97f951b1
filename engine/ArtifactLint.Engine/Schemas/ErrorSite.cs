using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>One leaf error with what its message needs.</summary>
/// <param name="Error">The NJsonSchema error.</param>
/// <param name="Path">The offending value's path (<c>key_results[1].target</c>), empty for the front matter itself.</param>
/// <param name="Kind">The artifact kind.</param>
/// <param name="Raw">The value as written in the file, when it is known and on one line.</param>
internal sealed record ErrorSite(ValidationError Error, string Path, string Kind, string? Raw)
{
    /// <summary>"'status'", or "The front matter".</summary>
    public string Subject => Path.Length == 0 ? "The front matter" : $"'{Api.Excerpt.Of(Path)}'";
}
