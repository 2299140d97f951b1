namespace ArtifactLint.Git;

/// <summary>Git could not be asked, or refused: not a repository, not a commit, git missing. The message says which, for the user.</summary>
internal sealed class GitException(string message) : Exception(message);
