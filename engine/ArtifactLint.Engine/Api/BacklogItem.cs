namespace ArtifactLint.Api;

/// <summary>A backlog item of the product backlog (<c>backlog/</c>): an epic, story, task, bug, spike or chore.</summary>
public sealed class BacklogItem : Artifact, IHasDependencies
{
    internal BacklogItem(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.BacklogItem, id, invalidFields)
    {
    }

    /// <summary>The <c>type</c> field: epic, story, task, bug, spike or chore.</summary>
    public string? Type => Text("type");

    /// <summary>The <c>priority</c> field: critical, high, medium or low.</summary>
    public string? Priority => Text("priority");

    /// <summary>The <c>rank</c>: the backlog order, 1 = top.</summary>
    public int? Rank => Number("rank") is { } rank && rank == decimal.Truncate(rank) && rank is >= int.MinValue and <= int.MaxValue ? (int)rank : null;

    /// <summary>The <c>estimate</c> in points.</summary>
    public decimal? Estimate => Number("estimate");

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings("goals");

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();

    /// <summary>The id in <c>parent</c>.</summary>
    public string? ParentId => Text("parent");

    /// <summary>The parent backlog item (usually an epic), if it exists.</summary>
    public BacklogItem? Parent => Workspace.Find<BacklogItem>(ParentId);

    /// <summary>The backlog items whose <c>parent</c> is this one.</summary>
    public IReadOnlyList<BacklogItem> Children => Workspace.Referrers<BacklogItem>("parent", Id);

    /// <summary>The id in <c>roadmap_item</c>.</summary>
    public string? RoadmapItemId => Text("roadmap_item");

    /// <summary>The roadmap item, if it exists.</summary>
    public RoadmapItem? RoadmapItem => Workspace.Find<RoadmapItem>(RoadmapItemId);

    /// <summary>The id in <c>sprint</c>.</summary>
    public string? SprintId => Text("sprint");

    /// <summary>The sprint, if it exists.</summary>
    public Sprint? Sprint => Workspace.Find<Sprint>(SprintId);

    /// <summary>The id in <c>release</c>.</summary>
    public string? ReleaseId => Text("release");

    /// <summary>The release, if it exists.</summary>
    public Release? Release => Workspace.Find<Release>(ReleaseId);

    /// <summary>The ids in <c>dependencies</c>.</summary>
    public IReadOnlyList<string> DependencyIds => Strings("dependencies");

    /// <summary>The backlog items named in <c>dependencies</c> that exist.</summary>
    public IReadOnlyList<BacklogItem> Dependencies => Workspace.Resolve<BacklogItem>(DependencyIds).ToArray();

    /// <summary>The backlog items that depend on this one.</summary>
    public IReadOnlyList<BacklogItem> Dependents => Workspace.Referrers<BacklogItem>("dependencies", Id);

    /// <summary>The <c>assignee</c> list.</summary>
    public IReadOnlyList<string> Assignees => Strings("assignee");

    /// <summary>The <c>labels</c> list.</summary>
    public IReadOnlyList<string> Labels => Strings("labels");

    /// <summary>The <c>created_date</c>.</summary>
    public DateOnly? CreatedDate => DateOf("created_date");

    /// <summary>The <c>updated_date</c>.</summary>
    public DateOnly? UpdatedDate => DateOf("updated_date");

    /// <summary>The <c>due_date</c>.</summary>
    public DateOnly? DueDate => DateOf("due_date");

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
        Document.Text.Contains("[ ]", StringComparison.Ordinal) ? AcceptanceCriteria.Where(c => !c.IsChecked).ToArray() : [];

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
