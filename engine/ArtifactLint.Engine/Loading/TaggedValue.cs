namespace ArtifactLint.Loading;

/// <summary>A tagged scalar's value, or why its tag does not fit it (<see cref="Error"/> set, <see cref="Value"/> null).</summary>
internal readonly record struct TaggedValue(object? Value, string? Error);
