namespace ArtifactLint.Api;

/// <summary>The product vision (<c>vision.md</c>).</summary>
public sealed class Vision : Artifact
{
    internal Vision(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Vision, id, invalidFields)
    {
    }

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text("owner");

    /// <summary>The <c>target_segments</c> list.</summary>
    public IReadOnlyList<string> TargetSegments => Strings("target_segments");

    /// <summary>The <c>horizon</c> field (free text such as <c>2028</c>).</summary>
    public string? Horizon => Text("horizon");
}
