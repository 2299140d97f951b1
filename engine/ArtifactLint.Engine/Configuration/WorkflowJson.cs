namespace ArtifactLint.Configuration;

/// <summary>The <c>workflow:</c> section as written; the lists other than <see cref="Statuses"/> are located, to report a status that is not one of them.</summary>
internal sealed record WorkflowJson
{
    public IReadOnlyList<string>? Statuses { get; init; }

    public IReadOnlyList<Located<string>>? Ready { get; init; }

    public IReadOnlyList<Located<string>>? InProgress { get; init; }

    public IReadOnlyList<Located<string>>? Done { get; init; }

    public IReadOnlyList<Located<string>>? Dropped { get; init; }
}
