namespace ArtifactLint.Cli;

/// <summary>A mistake in how the tool was called (a path that does not exist, a bad option value): exit 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
