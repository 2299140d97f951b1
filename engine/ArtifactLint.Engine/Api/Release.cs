namespace ArtifactLint.Api;

/// <summary>A release (<c>releases/</c>).</summary>
public sealed class Release : Artifact
{
    internal Release(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Release, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a release's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>date</c> field.</summary>
        public const string Date = "date";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";

        /// <summary>The <c>version</c> field.</summary>
        public const string Version = "version";

        /// <summary>The <c>released_date</c> field.</summary>
        public const string ReleasedDate = "released_date";

        /// <summary>The <c>goals</c> field.</summary>
        public const string Goals = "goals";

        /// <summary>The <c>notes</c> field.</summary>
        public const string Notes = "notes";
    }

    /// <summary>The <c>version</c> field (text: <c>"1.10"</c>).</summary>
    public string? Version => Text(Fields.Version);

    /// <summary>The target <c>date</c>.</summary>
    public DateOnly? Date => DateOf(Fields.Date);

    /// <summary>The <c>released_date</c>.</summary>
    public DateOnly? ReleasedDate => DateOf(Fields.ReleasedDate);

    /// <summary>The <c>notes</c> field.</summary>
    public string? Notes => Text(Fields.Notes);

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings(Fields.Goals);

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The backlog items whose <c>release</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Items => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.Release, Id);

    /// <summary>The sprints whose <c>release</c> is this one.</summary>
    public IReadOnlyList<Sprint> Sprints => Workspace.Referrers<Sprint>(Sprint.Fields.Release, Id);

    /// <summary>The roadmap items whose <c>release</c> is this one.</summary>
    public IReadOnlyList<RoadmapItem> RoadmapItems => Workspace.Referrers<RoadmapItem>(RoadmapItem.Fields.Release, Id);

    /// <summary>Status <c>planned</c>.</summary>
    public bool IsPlanned => Status == "planned";
}
