namespace ArtifactLint.Api;

/// <summary>
/// A span in a workspace file. <see cref="Path"/> is relative to the workspace root with <c>/</c>;
/// lines and columns are 1-based, columns count UTF-16 code units, the end is exclusive.
/// </summary>
/// <param name="Path">The file, relative to the workspace root, with <c>/</c>.</param>
/// <param name="Line">The 1-based line where the span starts.</param>
/// <param name="Column">The 1-based column where it starts (UTF-16 code units).</param>
/// <param name="EndLine">The line where it ends.</param>
/// <param name="EndColumn">The column just past its end (exclusive).</param>
public sealed record Location(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A point location: the span is empty.</summary>
    public static Location At(string path, int line, int column) => new(path, line, column, line, column);

    /// <summary>The start of a file (1:1), for findings that have no better place.</summary>
    public static Location StartOf(string path) => At(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
