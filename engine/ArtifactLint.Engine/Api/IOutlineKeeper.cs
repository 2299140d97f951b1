namespace ArtifactLint.Api;

/// <summary>
/// Keeps the outline of a released document when a rule has it built (<see cref="Document.OutlineKeeper"/>): the
/// document cache, so that the next run takes it with the document instead of reading and parsing the body again.
/// A released document's own outline is held only until the next garbage collection, which is why it is handed over
/// as it is built rather than asked for later.
/// </summary>
internal interface IOutlineKeeper
{
    /// <param name="path">The document's path.</param>
    /// <param name="outline">Its outline, built from the whole body as first read.</param>
    void Keep(string path, DocumentOutline outline);
}
