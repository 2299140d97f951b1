using ArtifactLint.Api;

namespace ArtifactLint.Running;

/// <summary>
/// Fills in what a rule's finding is about — the artifact, the front-matter property, the offending
/// value — from its location, so baselines and SARIF fingerprints survive line moves.
/// </summary>
internal sealed class FindingContext
{
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Artifact> _artifacts = new(StringComparer.Ordinal);

    // Per document, found on its first finding: a document with thousands of findings is scanned once.
    private readonly Dictionary<Document, (TextLines Lines, int End, PropertyStarts? Properties)> _known = [];

    public FindingContext(Workspace workspace)
    {
        foreach (var document in workspace.Documents)
        {
            _documents.TryAdd(document.Path, document);
        }

        foreach (var artifact in workspace.Artifacts)
        {
            _artifacts.TryAdd(artifact.Path, artifact);
        }
    }

    public Diagnostic Complete(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (!_documents.TryGetValue(location.Path, out var document))
        {
            return diagnostic;
        }

        if (!_known.TryGetValue(document, out var known))
        {
            var lines = new TextLines(document.Text);
            _known[document] = known = document.FrontMatter is { } frontMatter
                ? (lines, document.ClosingLine, new PropertyStarts(frontMatter))
                : (lines, 0, null);
        }

        // A finding in the body (an unchecked box) is about no front-matter property.
        var property = diagnostic.Property
            ?? (known.Properties is { } properties && location.Line < known.End ? properties.At(location.Line, location.Column) : null);
        return diagnostic with
        {
            ArtifactId = diagnostic.ArtifactId ?? (_artifacts.TryGetValue(location.Path, out var artifact) ? artifact.Id : null),
            Property = property,
            Value = diagnostic.Value ?? (property is null ? null : TextAt(known.Lines, location)),
        };
    }

    private static string? TextAt(TextLines lines, Location location)
    {
        if (location.EndLine != location.Line || location.EndColumn <= location.Column || !lines.TryGet(location.Line, out var line))
        {
            return null;
        }

        var start = location.Column - 1;
        var end = Math.Min(line.Length, location.EndColumn - 1);
        return start < end ? line[start..end].Trim(['"', '\'']).ToString() : null;
    }
}
