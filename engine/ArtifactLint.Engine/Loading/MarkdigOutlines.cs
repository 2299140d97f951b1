using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>The outlines documents build on first use: <see cref="OutlineBuilder"/>, behind the model's <see cref="IOutlineSource"/>.</summary>
internal sealed class MarkdigOutlines : IOutlineSource
{
    public static readonly MarkdigOutlines Instance = new();

    private MarkdigOutlines()
    {
    }

    public DocumentOutline Build(string path, string text, int bodyLine, bool changed, out Diagnostic? problem)
    {
        if (!changed)
        {
            return OutlineBuilder.Build(path, text, bodyLine, out problem);
        }

        problem = LoadingDiagnostics.BodyNotChecked(
            Location.At(path, bodyLine + 1, 1),
            "the file changed while it was being linted, so none of its body's headings, task lists, links and tables is checked: lint it again");
        return DocumentOutline.Empty;
    }
}
