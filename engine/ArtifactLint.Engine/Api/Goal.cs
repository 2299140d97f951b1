using System.Globalization;

namespace ArtifactLint.Api;

/// <summary>A strategic goal (<c>goals/</c>).</summary>
public sealed class Goal : Artifact
{
    internal Goal(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Goal, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a goal's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";

        /// <summary>The <c>owner</c> field.</summary>
        public const string Owner = "owner";

        /// <summary>The <c>period</c> field.</summary>
        public const string Period = "period";

        /// <summary>The <c>parent</c> field.</summary>
        public const string Parent = "parent";

        /// <summary>The <c>priority</c> field.</summary>
        public const string Priority = "priority";

        /// <summary>The <c>key_results</c> field.</summary>
        public const string KeyResults = "key_results";
    }

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text(Fields.Owner);

    /// <summary>The <c>period</c> field (<c>2027-Q1</c>, <c>2027-H1</c> or <c>2027</c>).</summary>
    public string? Period => Text(Fields.Period);

    /// <summary>The <c>priority</c> field.</summary>
    public string? Priority => Text(Fields.Priority);

    /// <summary>The id in <c>parent</c>.</summary>
    public string? ParentId => Text(Fields.Parent);

    /// <summary>The parent goal, if it exists.</summary>
    public Goal? Parent => Workspace.Find<Goal>(ParentId);

    /// <summary>The goals whose <c>parent</c> is this goal.</summary>
    public IReadOnlyList<Goal> Children => Workspace.Referrers<Goal>(Goal.Fields.Parent, Id);

    /// <summary>The backlog items that name this goal in <c>goals</c>.</summary>
    public IReadOnlyList<BacklogItem> BacklogItems => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.Goals, Id);

    /// <summary>The roadmap items that name this goal in <c>goals</c>.</summary>
    public IReadOnlyList<RoadmapItem> RoadmapItems => Workspace.Referrers<RoadmapItem>(RoadmapItem.Fields.Goals, Id);

    /// <summary>The <c>key_results</c>, in order.</summary>
    public IReadOnlyList<KeyResult> KeyResults => Has(Fields.KeyResults) && Mapped(Fields.KeyResults) is { Value: FrontMatterList list }
        ? list.Items.Select((kr, i) => new KeyResult(
            Scalar(kr, "metric"),
            Decimal(kr, "baseline"),
            Decimal(kr, "target"),
            Scalar(kr, "unit"),
            LocationOf(Fields.KeyResults, i))).ToArray()
        : [];

    /// <summary>Status <c>active</c>.</summary>
    public bool IsActive => Status == "active";

    /// <summary>Status <c>proposed</c> or <c>active</c>.</summary>
    public bool IsLive => Status is "active" or "proposed";

    /// <summary>Status <c>dropped</c>.</summary>
    public bool IsDropped => Status == "dropped";

    private static string? Scalar(FrontMatterValue parent, string name) =>
        parent.Value is FrontMatterMap map && map[name] is { IsScalar: true } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : null;

    private static decimal? Decimal(FrontMatterValue parent, string name) => parent.Value is FrontMatterMap map && map[name] is { } v ? ToDecimal(v.Value) : null;
}
