namespace ArtifactLint.Suppressions;

/// <summary>Which lines an inline suppression covers.</summary>
internal enum SuppressionScope
{
    /// <summary><c>artifactlint-disable-next-line</c>: the next non-blank line.</summary>
    NextLine,

    /// <summary><c>artifactlint-disable-line</c>: the comment's own line.</summary>
    Line,

    /// <summary><c>artifactlint-disable-file</c>: the whole document.</summary>
    File,
}
