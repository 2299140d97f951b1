namespace ArtifactLint.Api;

/// <summary>A sprint (<c>sprints/</c>).</summary>
public sealed class Sprint : Artifact
{
    internal Sprint(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Sprint, id, invalidFields)
    {
    }

    /// <summary>The <c>start_date</c>.</summary>
    public DateOnly? StartDate => DateOf("start_date");

    /// <summary>The <c>end_date</c> (inclusive).</summary>
    public DateOnly? EndDate => DateOf("end_date");

    /// <summary>The <c>capacity</c> in points.</summary>
    public decimal? Capacity => Number("capacity");

    /// <summary>The sprint goal (the <c>goal</c> field): text, not a reference.</summary>
    public string? SprintGoal => Text("goal");

    /// <summary>The <c>team</c> field.</summary>
    public string? Team => Text("team");

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text("release");

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>The backlog items whose <c>sprint</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Items => Workspace.Referrers<BacklogItem>("sprint", Id);

    /// <summary>Status <c>planned</c>.</summary>
    public bool IsPlanned => Status == "planned";

    /// <summary>Status <c>active</c>.</summary>
    public bool IsActive => Status == "active";

    /// <summary>Status <c>closed</c>.</summary>
    public bool IsClosed => Status == "closed";
}
