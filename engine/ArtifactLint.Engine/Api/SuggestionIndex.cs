namespace ArtifactLint.Api;

/// <summary>
/// Candidates indexed for "did you mean" (<see cref="Suggestions.For"/>): <see cref="Closest"/> gives what
/// <see cref="Suggestions.Closest"/> gives over the same candidates, in time that does not grow with their
/// number for a value with an exact or one-edit match. Matches two or more edits away are searched for among
/// the candidates of a compatible length, within a fixed amount of work per index (about a tenth of a second):
/// past it, values get only their exact and one-edit matches. Safe to use from several threads.
/// </summary>
public sealed class SuggestionIndex
{
    // Cells of the banded distance the searches two or more edits away may compute in all.
    private const long SearchBudget = 50_000_000;

    private readonly string[] _originals;
    private readonly string[] _lowered;
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly OneEditKeys _oneEdit;
    private readonly Dictionary<int, int[]> _byLength;
    private long _spent;

    internal SuggestionIndex(IEnumerable<string> candidates)
    {
        // Candidates too long to be close to any value that gets a suggestion are left out.
        _originals = candidates.Where(c => c.Length <= Suggestions.MaxCandidateLength).ToArray();
        _lowered = _originals.Select(c => c.ToLowerInvariant()).ToArray();
        for (var i = 0; i < _lowered.Length; i++)
        {
            _exact.TryAdd(_lowered[i], i);
        }

        _oneEdit = new OneEditKeys(_lowered);
        _byLength = Enumerable.Range(0, _lowered.Length).GroupBy(i => _lowered[i].Length).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The candidate closest to <paramref name="value"/>, by the rules of <see cref="Suggestions.Closest"/>, or null.</summary>
    public string? Closest(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > Suggestions.MaxValueLength)
        {
            return null;
        }

        var text = value.ToLowerInvariant();
        if (_exact.TryGetValue(text, out var same) && Suggestions.Bound(text.Length, text.Length) >= 0)
        {
            return _originals[same];
        }

        long cells = 0;
        var best = -1;
        foreach (var candidate in _oneEdit.Near(text))
        {
            if ((best < 0 || candidate < best) && Suggestions.Bound(text.Length, _lowered[candidate].Length) >= 1
                && EditDistance.AtMost(text, _lowered[candidate], 1, ref cells) == 1)
            {
                best = candidate;
            }
        }

        return best >= 0 ? _originals[best] : Search(text);
    }

    /// <summary>
    /// The one candidate <paramref name="value"/> surely means, for a fix: one that equals it but for case, else the
    /// only one a single edit away (ignoring case); null when there is none, or more than one (<c>G-9</c> among
    /// <c>G-1</c> to <c>G-8</c>).
    /// </summary>
    /// <param name="value">The value that matched no candidate.</param>
    public string? Unique(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > Suggestions.MaxValueLength)
        {
            return null;
        }

        var text = value.ToLowerInvariant();
        if (_exact.TryGetValue(text, out var same))
        {
            return _originals[same] == value ? null : _originals[same];
        }

        long cells = 0;
        var found = -1;
        foreach (var candidate in _oneEdit.Near(text))
        {
            if (Suggestions.Bound(text.Length, _lowered[candidate].Length) >= 1 && EditDistance.AtMost(text, _lowered[candidate], 1, ref cells) == 1)
            {
                if (found >= 0 && _lowered[found] != _lowered[candidate])
                {
                    return null;
                }

                found = found < 0 ? candidate : Math.Min(found, candidate);
            }
        }

        return found >= 0 ? _originals[found] : null;
    }

    // Two or more edits away: every candidate of a length that allows it, in order, within the budget.
    private string? Search(string text)
    {
        int best = -1, bestDistance = int.MaxValue;
        long cells = 0;
        var widest = Suggestions.Bound(text.Length, Suggestions.MaxCandidateLength);
        for (var length = Math.Max(0, text.Length - widest); length <= text.Length + widest && Interlocked.Read(ref _spent) < SearchBudget; length++)
        {
            var bound = Suggestions.Bound(text.Length, length);
            if (bound < 2 || Math.Abs(text.Length - length) > bound || !_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // A later candidate must be strictly closer to win; an earlier one wins a tie.
                var within = Math.Min(bound, candidate < best ? bestDistance : bestDistance - 1);
                if (within >= 2 && EditDistance.AtMost(text, _lowered[candidate], within, ref cells) is var distance && distance <= within)
                {
                    best = candidate;
                    bestDistance = distance;
                }

                if (cells > 100_000)
                {
                    Interlocked.Add(ref _spent, cells);
                    cells = 0;
                    if (Interlocked.Read(ref _spent) >= SearchBudget)
                    {
                        break;
                    }
                }
            }
        }

        Interlocked.Add(ref _spent, cells);
        return best >= 0 ? _originals[best] : null;
    }
}
