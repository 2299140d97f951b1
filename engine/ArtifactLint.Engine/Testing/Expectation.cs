namespace ArtifactLint.Testing;

/// <summary>A finding a fixture expects: path, line, rule id, and optionally the column and the rule's message id.</summary>
internal sealed record Expectation(string Path, int Line, string Id, int? Column, string? MessageId = null)
{
    /// <summary>Whether <paramref name="diagnostic"/> is the expected finding.</summary>
    public bool Matches(Api.Diagnostic diagnostic) =>
        diagnostic.Location.Path == Path
        && diagnostic.Location.Line == Line
        && diagnostic.Id == Id
        && (Column is null || diagnostic.Location.Column == Column)
        && (MessageId is null || diagnostic.MessageId == MessageId);

    public override string ToString() =>
        (Column is { } c ? $"{Path}:{Line}:{c}: {Id}" : $"{Path}:{Line}: {Id}") + (MessageId is null ? string.Empty : "@" + MessageId);
}
