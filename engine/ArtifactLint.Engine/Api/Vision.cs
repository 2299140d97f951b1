namespace ArtifactLint.Api;

/// <summary>The product vision (<c>vision.md</c>).</summary>
public sealed class Vision : Artifact
{
    internal Vision(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Vision, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a vision's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>owner</c> field.</summary>
        public const string Owner = "owner";

        /// <summary>The <c>target_segments</c> field.</summary>
        public const string TargetSegments = "target_segments";

        /// <summary>The <c>horizon</c> field.</summary>
        public const string Horizon = "horizon";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";
    }

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text(Fields.Owner);

    /// <summary>The <c>target_segments</c> list.</summary>
    public IReadOnlyList<string> TargetSegments => Strings(Fields.TargetSegments);

    /// <summary>The <c>horizon</c> field (free text such as <c>2028</c>).</summary>
    public string? Horizon => Text(Fields.Horizon);
}
