using ArtifactLint.Api;

namespace ArtifactLint.Running;

/// <summary>
/// What a session keeps of one file between runs: the document (null when it could not be read), every diagnostic
/// its own steps found (reading, parsing, its kind, its schema), and its typed artifact (null without a kind and a valid id).
/// </summary>
internal sealed record SessionDocument(string Path, Document? Document, IReadOnlyList<Diagnostic> Diagnostics, Artifact? Artifact);
