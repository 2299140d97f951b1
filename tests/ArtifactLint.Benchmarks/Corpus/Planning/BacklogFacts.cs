namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// What other documents need to know about a backlog item before it is written. Area indexes
/// the area catalog (and names the item's sub-folder under backlog/); Sprint, Parent and
/// RoadmapItem are indexes among their kind's documents, null when absent.
/// </summary>
internal sealed record BacklogFacts(
    string Type,
    int Area,
    string Status,
    int Estimate,
    int? Sprint,
    int? Parent,
    int? RoadmapItem);
