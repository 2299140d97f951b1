namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// Sprint and release dates around the pinned as-of date: two-week sprints, most of them
/// closed, one active on the as-of date, two planned; a release at the end of every other sprint.
/// </summary>
internal sealed class Timeline
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    // Monday of the sprint that contains AsOf (a Friday)
    private static readonly DateOnly _activeSprintStart = new(2026, 11, 23);

    private readonly int _sprints;
    private readonly int _releases;

    public Timeline(int sprints, int releases)
    {
        _sprints = sprints;
        _releases = releases;
        ActiveSprint = sprints - 3;
    }

    public int ActiveSprint { get; }

    public DateOnly SprintStart(int sprint) => _activeSprintStart.AddDays((sprint - ActiveSprint) * 14);

    /// <summary>Inclusive: the Friday of the sprint's second week.</summary>
    public DateOnly SprintEnd(int sprint) => SprintStart(sprint).AddDays(11);

    public string SprintStatus(int sprint) =>
        sprint < ActiveSprint ? "closed" : sprint == ActiveSprint ? "active" : "planned";

    public int ReleaseSprint(int release) => Math.Clamp(((release + 1) * _sprints / _releases) - 1, 0, _sprints - 1);

    public DateOnly ReleaseDate(int release) => SprintEnd(ReleaseSprint(release));

    public bool IsReleased(int release) => ReleaseDate(release) < AsOf;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Quarter(DateOnly date) =>
        date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-Q" + (((date.Month - 1) / 3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
