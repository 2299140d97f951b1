using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>A file's text, or the AL0009 diagnostic that says why it could not be read as UTF-8 text.</summary>
internal sealed record TextFileResult(string? Text, Diagnostic? Diagnostic);
