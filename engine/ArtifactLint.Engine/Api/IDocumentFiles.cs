namespace ArtifactLint.Api;

/// <summary>Reads a document's file again, when its body was not kept in memory (<see cref="Document.ReleaseBody"/>).</summary>
internal interface IDocumentFiles
{
    /// <summary>The text of the document at <paramref name="path"/> (workspace-relative), as the parser holds it; null when it cannot be read now.</summary>
    string? Read(string path);
}
