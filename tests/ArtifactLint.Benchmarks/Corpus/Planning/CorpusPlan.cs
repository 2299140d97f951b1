namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>Everything decided before text is written: ids, paths, statuses, schedule, breakages.</summary>
internal sealed class CorpusPlan
{
    private readonly Dictionary<DocumentKind, PlannedDocument[]> _documents;

    public CorpusPlan(
        int seed,
        KindCounts counts,
        Timeline timeline,
        ReferenceTargets targets,
        Dictionary<DocumentKind, PlannedDocument[]> documents,
        string[] goalStatuses,
        string[] roadmapStatuses,
        BacklogFacts[] backlog,
        int[] sprintCapacities)
    {
        Seed = seed;
        Counts = counts;
        Timeline = timeline;
        Targets = targets;
        _documents = documents;
        GoalStatuses = goalStatuses;
        RoadmapStatuses = roadmapStatuses;
        Backlog = backlog;
        SprintCapacities = sprintCapacities;
    }

    public int Seed { get; }

    public KindCounts Counts { get; }

    public Timeline Timeline { get; }

    public ReferenceTargets Targets { get; }

    public IReadOnlyList<string> GoalStatuses { get; }

    public IReadOnlyList<string> RoadmapStatuses { get; }

    public IReadOnlyList<BacklogFacts> Backlog { get; }

    public IReadOnlyList<int> SprintCapacities { get; }

    /// <summary>All documents, kind by kind, in index order: the order they are written in.</summary>
    public IEnumerable<PlannedDocument> Documents => DocumentKinds.All.SelectMany(k => _documents[k]);

    public PlannedDocument Get(DocumentKind kind, int index) => _documents[kind][index];
}
