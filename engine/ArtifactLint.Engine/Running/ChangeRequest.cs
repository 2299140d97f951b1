namespace ArtifactLint.Running;

/// <summary>What <c>lint --staged</c> and <c>--new-since REV</c> compare.</summary>
/// <param name="Staged">Lint git's index instead of the working tree.</param>
/// <param name="Since">REV as given; null for HEAD (and, before the first commit, the empty state).</param>
/// <param name="Until">With <paramref name="Staged"/>: a revision to lint instead of the index (the pushed end of a
/// pre-commit framework range, <c>PRE_COMMIT_TO_REF</c>), or null.</param>
/// <param name="Variables">The environment's variables: git is asked with their <c>GIT_*</c> ones (a hook's index).</param>
internal sealed record ChangeRequest(bool Staged, string? Since, string? Until, IReadOnlyDictionary<string, string?> Variables);
