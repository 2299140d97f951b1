namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>
/// One hostile workspace: a name (its folder), what it attacks, and its documents (path relative to the
/// workspace root with '/', text), written one at a time so that a 50 MB document is never held twice.
/// </summary>
internal sealed record AdversarialCase(string Name, string Attack, Func<Random, IEnumerable<(string Path, string Text)>> Documents);
