namespace ArtifactLint.Api;

/// <summary>A backlog item of the product backlog (<c>backlog/</c>): an epic, story, task, bug, spike or chore.</summary>
public sealed class BacklogItem : Artifact, IHasDependencies
{
    internal BacklogItem(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.BacklogItem, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of a backlog item's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>type</c> field.</summary>
        public const string Type = "type";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";

        /// <summary>The <c>priority</c> field.</summary>
        public const string Priority = "priority";

        /// <summary>The <c>rank</c> field.</summary>
        public const string Rank = "rank";

        /// <summary>The <c>estimate</c> field.</summary>
        public const string Estimate = "estimate";

        /// <summary>The <c>goals</c> field.</summary>
        public const string Goals = "goals";

        /// <summary>The <c>parent</c> field.</summary>
        public const string Parent = "parent";

        /// <summary>The <c>roadmap_item</c> field.</summary>
        public const string RoadmapItem = "roadmap_item";

        /// <summary>The <c>sprint</c> field.</summary>
        public const string Sprint = "sprint";

        /// <summary>The <c>release</c> field.</summary>
        public const string Release = "release";

        /// <summary>The <c>dependencies</c> field.</summary>
        public const string Dependencies = "dependencies";

        /// <summary>The <c>assignee</c> field.</summary>
        public const string Assignee = "assignee";

        /// <summary>The <c>labels</c> field.</summary>
        public const string Labels = "labels";

        /// <summary>The <c>created_date</c> field.</summary>
        public const string CreatedDate = "created_date";

        /// <summary>The <c>updated_date</c> field.</summary>
        public const string UpdatedDate = "updated_date";

        /// <summary>The <c>due_date</c> field.</summary>
        public const string DueDate = "due_date";
    }

    /// <summary>The values of <c>type</c>: epic, story, task, bug, spike and chore.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = ["epic", "story", "task", "bug", "spike", "chore"];

    /// <summary>The <c>type</c> field: epic, story, task, bug, spike or chore.</summary>
    public string? Type => Text(Fields.Type);

    /// <summary>The <c>priority</c> field: critical, high, medium or low.</summary>
    public string? Priority => Text(Fields.Priority);

    /// <summary>The <c>rank</c>: the backlog order, 1 = top.</summary>
    public int? Rank => Number(Fields.Rank) is { } rank && rank == decimal.Truncate(rank) && rank is >= int.MinValue and <= int.MaxValue ? (int)rank : null;

    /// <summary>The <c>estimate</c> in points.</summary>
    public decimal? Estimate => Number(Fields.Estimate);

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings(Fields.Goals);

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The id in <c>parent</c>.</summary>
    public string? ParentId => Text(Fields.Parent);

    /// <summary>The parent backlog item (usually an epic), if it exists.</summary>
    public BacklogItem? Parent => Workspace.Find<BacklogItem>(ParentId);

    /// <summary>The backlog items whose <c>parent</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Children => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.Parent, Id);

    /// <summary>The id in <c>roadmap_item</c>.</summary>
    public string? RoadmapItemId => Text(Fields.RoadmapItem);

    /// <summary>The roadmap item, if it exists.</summary>
    public RoadmapItem? RoadmapItem => Workspace.Find<RoadmapItem>(RoadmapItemId);

    /// <summary>The id in <c>sprint</c>.</summary>
    public string? SprintId => Text(Fields.Sprint);

    /// <summary>The sprint, if it exists.</summary>
    public Sprint? Sprint => Workspace.Find<Sprint>(SprintId);

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text(Fields.Release);

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>Where the <paramref name="index"/>th id of <c>dependencies</c> is written.</summary>
    public Location DependencyLocationOf(int index) => LocationOf(Fields.Dependencies, index);

    /// <summary>The ids in <c>dependencies</c>.</summary>
    public IReadOnlyList<string> DependencyIds => Strings(Fields.Dependencies);

    /// <summary>The backlog items named in <c>dependencies</c> that exist.</summary>
    public IReadOnlyList<BacklogItem> Dependencies => Workspace.Resolve<BacklogItem>(DependencyIds).ToArray();

    /// <summary>The backlog items that depend on this one.</summary>
    public IReadOnlyList<BacklogItem> Dependents => Workspace.Referrers<BacklogItem>(BacklogItem.Fields.Dependencies, Id);

    /// <summary>The <c>assignee</c> list.</summary>
    public IReadOnlyList<string> Assignees => Strings(Fields.Assignee);

    /// <summary>The <c>labels</c> list.</summary>
    public IReadOnlyList<string> Labels => Strings(Fields.Labels);

    /// <summary>The <c>created_date</c>.</summary>
    public DateOnly? CreatedDate => DateOf(Fields.CreatedDate);

    /// <summary>The <c>updated_date</c>.</summary>
    public DateOnly? UpdatedDate => DateOf(Fields.UpdatedDate);

    /// <summary>The <c>due_date</c>.</summary>
    public DateOnly? DueDate => DateOf(Fields.DueDate);

    /// <summary>The "Acceptance criteria" heading of the body, if there is one.</summary>
    public Heading? AcceptanceCriteriaHeading => Document.Outline.FindHeading("Acceptance criteria");

    /// <summary>The task-list items under the "Acceptance criteria" heading.</summary>
    public IReadOnlyList<TaskItem> AcceptanceCriteria => Document.Outline.TasksUnder("Acceptance criteria");

    /// <summary>
    /// The acceptance criteria not checked yet (<c>- [ ]</c>). Prefer it to filtering <see cref="AcceptanceCriteria"/>
    /// when most items have none: a document whose text holds no <c>[ ]</c> anywhere (every unchecked box is
    /// written with it) is not parsed at all.
    /// </summary>
    public IReadOnlyList<TaskItem> UncheckedAcceptanceCriteria =>
        Document.HasUncheckedBox ? AcceptanceCriteria.Where(c => !c.IsChecked).ToArray() : [];

    /// <summary>Type <c>epic</c>.</summary>
    public bool IsEpic => Type == "epic";

    /// <summary>Ready or later in the configured workflow.</summary>
    public bool IsReady => Workspace.Workflow.IsReady(Status);

    /// <summary>In progress in the configured workflow.</summary>
    public bool IsInProgress => Workspace.Workflow.IsInProgress(Status);

    /// <summary>Done in the configured workflow.</summary>
    public bool IsDone => Workspace.Workflow.IsDone(Status);

    /// <summary>Dropped in the configured workflow.</summary>
    public bool IsDropped => Workspace.Workflow.IsDropped(Status);

    /// <summary>Neither done nor dropped.</summary>
    public bool IsOpen => Workspace.Workflow.IsOpen(Status);
}
