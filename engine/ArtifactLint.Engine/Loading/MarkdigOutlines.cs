using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>The outlines documents build on first use: <see cref="OutlineBuilder"/>, behind the model's <see cref="IOutlineSource"/>.</summary>
internal sealed class MarkdigOutlines : IOutlineSource
{
    public static readonly MarkdigOutlines Instance = new();

    private MarkdigOutlines()
    {
    }

    public DocumentOutline Build(string path, string text, int bodyLine, out Diagnostic? problem) => OutlineBuilder.Build(path, text, bodyLine, out problem);
}
