namespace ArtifactLint.Api;

/// <summary>A roadmap item (<c>roadmap/</c>).</summary>
public sealed class RoadmapItem : Artifact, IHasDependencies
{
    internal RoadmapItem(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.RoadmapItem, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a roadmap item's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
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

        /// <summary>The <c>goals</c> field.</summary>
        public const string Goals = "goals";

        /// <summary>The <c>horizon</c> field.</summary>
        public const string Horizon = "horizon";

        /// <summary>The <c>timeframe</c> field.</summary>
        public const string Timeframe = "timeframe";

        /// <summary>The <c>release</c> field.</summary>
        public const string Release = "release";

        /// <summary>The <c>dependencies</c> field.</summary>
        public const string Dependencies = "dependencies";

        /// <summary>The <c>owner</c> field.</summary>
        public const string Owner = "owner";
    }

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings(Fields.Goals);

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The <c>horizon</c> field: <c>now</c>, <c>next</c> or <c>later</c>.</summary>
    public string? Horizon => Text(Fields.Horizon);

    /// <summary>The <c>timeframe</c> field (a quarter such as <c>2027-Q1</c>).</summary>
    public string? Timeframe => Text(Fields.Timeframe);

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text(Fields.Owner);

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text(Fields.Release);

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>Where the <paramref name="index"/>th id of <c>dependencies</c> is written.</summary>
    public Location DependencyLocationOf(int index) => LocationOf(Fields.Dependencies, index);

    /// <summary>The ids in <c>dependencies</c>.</summary>
    public IReadOnlyList<string> DependencyIds => Strings(Fields.Dependencies);

    /// <summary>The roadmap items named in <c>dependencies</c> that exist.</summary>
    public IReadOnlyList<RoadmapItem> Dependencies => Workspace.Resolve<RoadmapItem>(DependencyIds).ToArray();

    /// <summary>The roadmap items that depend on this one.</summary>
    public IReadOnlyList<RoadmapItem> Dependents => Workspace.Referrers<RoadmapItem>(RoadmapItem.Fields.Dependencies, Id);

    /// <summary>The backlog items whose <c>roadmap_item</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> BacklogItems => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.RoadmapItem, Id);

    /// <summary>Neither <c>done</c> nor <c>dropped</c>.</summary>
    public bool IsOpen => Status is not ("done" or "dropped");
}
