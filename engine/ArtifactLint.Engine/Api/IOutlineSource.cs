namespace ArtifactLint.Api;

/// <summary>Builds a document's outline when a rule first asks for it: Loading parses the body with Markdig, and the model does not depend on how.</summary>
internal interface IOutlineSource
{
    /// <param name="path">The document's path, for locations.</param>
    /// <param name="text">The whole text, front matter included, so that lines are file lines.</param>
    /// <param name="bodyLine">The 0-based line where the body starts.</param>
    /// <param name="changed">Whether the file changed since it was read: <paramref name="text"/> is then its front matter alone.</param>
    /// <param name="problem">AL0015 when part of the body was not read (all of it, when <paramref name="changed"/>).</param>
    DocumentOutline Build(string path, string text, int bodyLine, bool changed, out Diagnostic? problem);
}
