namespace ArtifactLint.Api;

/// <summary>A release (<c>releases/</c>).</summary>
public sealed class Release : Artifact
{
    internal Release(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Release, id, invalidFields)
    {
    }

    /// <summary>The <c>version</c> field (text: <c>"1.10"</c>).</summary>
    public string? Version => Text("version");

    /// <summary>The target <c>date</c>.</summary>
    public DateOnly? Date => DateOf("date");

    /// <summary>The <c>released_date</c>.</summary>
    public DateOnly? ReleasedDate => DateOf("released_date");

    /// <summary>The <c>notes</c> field.</summary>
    public string? Notes => Text("notes");

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings("goals");

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The backlog items whose <c>release</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Items => Workspace.Referrers<BacklogItem>("release", Id);

    /// <summary>The sprints whose <c>release</c> is this one.</summary>
    public IReadOnlyList<Sprint> Sprints => Workspace.Referrers<Sprint>("release", Id);

    /// <summary>The roadmap items whose <c>release</c> is this one.</summary>
    public IReadOnlyList<RoadmapItem> RoadmapItems => Workspace.Referrers<RoadmapItem>("release", Id);

    /// <summary>Status <c>planned</c>.</summary>
    public bool IsPlanned => Status == "planned";
}
