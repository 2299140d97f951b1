namespace ArtifactLint.Api;

/// <summary>The backlog-item workflow: every status, and which of them count as ready, in progress, done and dropped.</summary>
/// <param name="Statuses">Every status a backlog item may have, in workflow order.</param>
/// <param name="Ready">The statuses that count as ready (or later).</param>
/// <param name="InProgress">The statuses that count as in progress.</param>
/// <param name="Done">The statuses that count as done.</param>
/// <param name="Dropped">The statuses that count as dropped.</param>
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
