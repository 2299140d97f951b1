namespace ArtifactLint.Loading;

/// <summary>One file of a <see cref="RepositoryState"/>.</summary>
/// <param name="Path">Relative to the repository root, with '/'.</param>
/// <param name="BlobId">Git's id of its content (for a link: of its target's name).</param>
/// <param name="IsLink">A symbolic link (git mode 120000).</param>
/// <param name="SameAsWorkingTree">The working tree holds the same file, so it is read from disk (links included, with the walk's checks).</param>
internal sealed record StateFile(string Path, string BlobId, bool IsLink, bool SameAsWorkingTree);
