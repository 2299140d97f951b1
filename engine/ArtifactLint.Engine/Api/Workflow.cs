namespace ArtifactLint.Api;

/// <summary>The backlog-item workflow: every status, and which of them count as ready, in progress, done and dropped.</summary>
public sealed record Workflow(
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Ready,
    IReadOnlyList<string> InProgress,
    IReadOnlyList<string> Done,
    IReadOnlyList<string> Dropped)
{
    /// <summary>The default workflow of PRODUCT.md: new, refined, ready, in-progress, review, done, dropped.</summary>
    public static Workflow Default { get; } = new(
        ["new", "refined", "ready", "in-progress", "review", "done", "dropped"],
        ["ready", "in-progress", "review", "done"],
        ["in-progress", "review"],
        ["done"],
        ["dropped"]);

    /// <summary>Whether the status counts as ready or later.</summary>
    public bool IsReady(string? status) => status is not null && Ready.Contains(status);

    /// <summary>Whether the status counts as in progress.</summary>
    public bool IsInProgress(string? status) => status is not null && InProgress.Contains(status);

    /// <summary>Whether the status counts as done.</summary>
    public bool IsDone(string? status) => status is not null && Done.Contains(status);

    /// <summary>Whether the status counts as dropped.</summary>
    public bool IsDropped(string? status) => status is not null && Dropped.Contains(status);

    /// <summary>Open: neither done nor dropped.</summary>
    public bool IsOpen(string? status) => !IsDone(status) && !IsDropped(status);
}
