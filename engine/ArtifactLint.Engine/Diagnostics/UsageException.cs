namespace ArtifactLint.Diagnostics;

/// <summary>A mistake in how the tool was called (a path that does not exist, a bad option value): the CLI exits 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
