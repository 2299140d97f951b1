namespace ArtifactLint.Api;

/// <summary>A 1-based line/column span inside one file, before a path is attached.</summary>
internal readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation(string path) => new(path, Line, Column, EndLine, EndColumn);
}
