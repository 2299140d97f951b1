using ArtifactLint.Running;

namespace ArtifactLint.Fixing;

/// <summary>What <see cref="Fixer"/> did: the lint of the fixed text, and each changed file's text before and after.</summary>
/// <param name="Result">The findings that remain, as a lint of the fixed files finds them.</param>
/// <param name="Files">Each changed file (workspace-relative, <c>/</c>): its text as read and as fixed, and how many fixes went into it.</param>
/// <param name="Problem">Why nothing could be fixed, when that is so (a workspace of linked documents); else null.</param>
internal sealed record FixOutcome(LintResult Result, IReadOnlyList<FixedFile> Files, string? Problem = null)
{
    /// <summary>How many findings the fixes resolved: one per fix applied.</summary>
    public int Fixed => Files.Sum(f => f.Fixes);
}

/// <summary>One file <c>--fix</c> changed.</summary>
/// <param name="Path">Workspace-relative, with <c>/</c>.</param>
/// <param name="Before">Its text as read (byte order mark included).</param>
/// <param name="After">Its text fixed.</param>
/// <param name="Fixes">How many fixes went into it.</param>
internal sealed record FixedFile(string Path, string Before, string After, int Fixes)
{
    private static readonly byte[] s_mark = [0xEF, 0xBB, 0xBF];

    /// <summary>Whether <paramref name="bytes"/> (the file as it is now) still hold <see cref="Before"/>: the text is read without its byte order mark.</summary>
    public bool StillIn(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(s_mark) ? bytes[s_mark.Length..] : bytes) == Before;

    /// <summary>What to write in place of <paramref name="bytes"/>: <see cref="After"/>, with the byte order mark the file has.</summary>
    public byte[] Fixed(byte[] bytes) => [.. bytes.AsSpan().StartsWith(s_mark) ? s_mark : [], .. System.Text.Encoding.UTF8.GetBytes(After)];
}
