namespace ArtifactLint.Api;

/// <summary>A roadmap item (<c>roadmap/</c>).</summary>
public sealed class RoadmapItem : Artifact, IHasDependencies
{
    internal RoadmapItem(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.RoadmapItem, id, invalidFields)
    {
    }

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings("goals");

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The <c>horizon</c> field: <c>now</c>, <c>next</c> or <c>later</c>.</summary>
    public string? Horizon => Text("horizon");

    /// <summary>The <c>timeframe</c> field (a quarter such as <c>2027-Q1</c>).</summary>
    public string? Timeframe => Text("timeframe");

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text("owner");

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text("release");

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>The ids in <c>dependencies</c>.</summary>
    public IReadOnlyList<string> DependencyIds => Strings("dependencies");

    /// <summary>The roadmap items named in <c>dependencies</c> that exist.</summary>
    public IReadOnlyList<RoadmapItem> Dependencies => Workspace.Resolve<RoadmapItem>(DependencyIds).ToArray();

    /// <summary>The roadmap items that depend on this one.</summary>
    public IReadOnlyList<RoadmapItem> Dependents => Workspace.Referrers<RoadmapItem>("dependencies", Id);

    /// <summary>The backlog items whose <c>roadmap_item</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> BacklogItems => Workspace.Referrers<BacklogItem>("roadmap_item", Id);

    /// <summary>Neither <c>done</c> nor <c>dropped</c>.</summary>
    public bool IsOpen => Status is not ("done" or "dropped");
}
