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
    private readonly Dictionary<Document, (int End, PropertyStarts Properties)> _frontMatters = [];

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

        // A finding in the body (an unchecked box) is about no front-matter property.
        var property = diagnostic.Property;
        if (property is null && document.FrontMatter is { } frontMatter)
        {
            if (!_frontMatters.TryGetValue(document, out var known))
            {
                _frontMatters[document] = known = (FrontMatterEnd(document, frontMatter), new PropertyStarts(frontMatter));
            }

            property = location.Line < known.End ? known.Properties.At(location.Line, location.Column) : null;
        }

        return diagnostic with
        {
            ArtifactId = diagnostic.ArtifactId ?? (_artifacts.TryGetValue(location.Path, out var artifact) ? artifact.Id : null),
            Property = property,
            Value = diagnostic.Value ?? (property is null ? null : TextAt(document, location)),
        };
    }

    /// <summary>The line of the closing <c>---</c> (or <c>...</c>) of the front matter.</summary>
    private static int FrontMatterEnd(Document document, FrontMatter frontMatter)
    {
        for (var line = frontMatter.StartLine + 1; line <= document.Lines.Count; line++)
        {
            if (document.Lines[line - 1].TrimEnd() is "---" or "...")
            {
                return line;
            }
        }

        return document.Lines.Count + 1;
    }

    private static string? TextAt(Document document, Location location)
    {
        if (location.EndLine != location.Line || location.EndColumn <= location.Column || location.Line > document.Lines.Count)
        {
            return null;
        }

        var line = document.Lines[location.Line - 1];
        var start = location.Column - 1;
        var end = Math.Min(line.Length, location.EndColumn - 1);
        return start < end ? line[start..end].Trim('"', '\'') : null;
    }
}
