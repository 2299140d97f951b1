namespace ArtifactLint.Api;

/// <summary>A sprint (<c>sprints/</c>).</summary>
public sealed class Sprint : Artifact
{
    internal Sprint(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Sprint, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a sprint's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>start_date</c> field.</summary>
        public const string StartDate = "start_date";

        /// <summary>The <c>end_date</c> field.</summary>
        public const string EndDate = "end_date";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";

        /// <summary>The <c>capacity</c> field.</summary>
        public const string Capacity = "capacity";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>goal</c> field.</summary>
        public const string Goal = "goal";

        /// <summary>The <c>team</c> field.</summary>
        public const string Team = "team";

        /// <summary>The <c>release</c> field.</summary>
        public const string Release = "release";
    }

    /// <summary>The <c>start_date</c>.</summary>
    public DateOnly? StartDate => DateOf(Fields.StartDate);

    /// <summary>The <c>end_date</c> (inclusive).</summary>
    public DateOnly? EndDate => DateOf(Fields.EndDate);

    /// <summary>The <c>capacity</c> in points.</summary>
    public decimal? Capacity => Number(Fields.Capacity);

    /// <summary>The sprint goal (the <c>goal</c> field): text, not a reference.</summary>
    public string? SprintGoal => Text(Fields.Goal);

    /// <summary>The <c>team</c> field.</summary>
    public string? Team => Text(Fields.Team);

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text(Fields.Release);

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>The backlog items whose <c>sprint</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Items => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.Sprint, Id);

    /// <summary>Status <c>planned</c>.</summary>
    public bool IsPlanned => Status == "planned";

    /// <summary>Status <c>active</c>.</summary>
    public bool IsActive => Status == "active";

    /// <summary>Status <c>closed</c>.</summary>
    public bool IsClosed => Status == "closed";
}
