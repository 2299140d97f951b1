namespace ArtifactLint.Benchmarks.Corpus.Planning;

/// <summary>
/// The documents that references may point at: clean ones only (a broken document may not
/// load, and a reference to it would be a second, unplanned finding), goals that are active,
/// roadmap items that are not dropped.
/// </summary>
internal sealed class ReferenceTargets
{
    private readonly Dictionary<(DocumentKind Kind, int Index), Breakage> _breakages;
    private readonly string[] _roadmapStatuses;
    private readonly int?[] _sprintReleases;

    public ReferenceTargets(
        KindCounts counts,
        Timeline timeline,
        Dictionary<(DocumentKind Kind, int Index), Breakage> breakages,
        string[] goalStatuses,
        string[] roadmapStatuses)
    {
        _breakages = breakages;
        _roadmapStatuses = roadmapStatuses;
        ActiveGoals = Enumerable.Range(0, counts.Goals)
            .Where(g => IsClean(DocumentKind.Goal, g) && goalStatuses[g] == "active")
            .ToArray();
        _sprintReleases = Enumerable.Range(0, counts.Sprints)
            .Select(s => Enumerable.Range(0, counts.Releases)
                .Where(r => IsClean(DocumentKind.Release, r) && timeline.ReleaseDate(r) >= timeline.SprintEnd(s))
                .Select(r => (int?)r)
                .FirstOrDefault())
            .ToArray();
    }

    public IReadOnlyList<int> ActiveGoals { get; }

    public Breakage BreakageOf(DocumentKind kind, int index) =>
        _breakages.TryGetValue((kind, index), out var breakage) ? breakage : Breakage.None;

    public bool IsClean(DocumentKind kind, int index) => !_breakages.ContainsKey((kind, index));

    /// <summary>The first clean release on or after the sprint's end, if any.</summary>
    public int? ReleaseForSprint(int sprint) => _sprintReleases[sprint];

    /// <summary>The sprint itself when clean, else the nearest clean earlier one (sprint 0 is always clean).</summary>
    public int Sprint(int sprint)
    {
        while (sprint > 0 && !IsClean(DocumentKind.Sprint, sprint))
        {
            sprint--;
        }

        return sprint;
    }

    /// <summary>The referenceable roadmap item nearest to a position in the roadmap (0..1).</summary>
    public int? RoadmapItem(double position)
    {
        int count = _roadmapStatuses.Length;
        int start = Math.Clamp((int)(position * count), 0, count - 1);
        for (int distance = 0; distance < count; distance++)
        {
            foreach (int candidate in new[] { start - distance, start + distance })
            {
                if (candidate >= 0 && candidate < count && IsClean(DocumentKind.RoadmapItem, candidate) && _roadmapStatuses[candidate] != "dropped")
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>One or two distinct active goals.</summary>
    public IReadOnlyList<int> SomeGoals(Random random)
    {
        int first = random.Pick(ActiveGoals);
        if (ActiveGoals.Count < 2 || !random.Chance(0.3))
        {
            return [first];
        }

        int second = random.Pick(ActiveGoals);
        return second == first ? [first] : [first, second];
    }
}
