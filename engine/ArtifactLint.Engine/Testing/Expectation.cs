namespace ArtifactLint.Testing;

/// <summary>A finding a fixture expects: path, line, rule id, and optionally the column.</summary>
internal sealed record Expectation(string Path, int Line, string Id, int? Column)
{
    public override string ToString() => Column is { } c ? $"{Path}:{Line}:{c}: {Id}" : $"{Path}:{Line}: {Id}";
}
