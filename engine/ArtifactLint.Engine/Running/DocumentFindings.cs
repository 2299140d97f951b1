using ArtifactLint.Api;

namespace ArtifactLint.Running;

/// <summary>
/// What an editor is sent after a re-lint: each document whose findings changed, with all of its findings now
/// (none, when they were fixed), including documents the change did not touch — an item whose goal's id was edited.
/// </summary>
internal static class DocumentFindings
{
    /// <summary>The findings of <paramref name="after"/> by document, for every document whose findings differ from <paramref name="before"/>'s.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> Changed(LintResult? before, LintResult after)
    {
        var old = ByDocument(before);
        var now = ByDocument(after);
        var changed = new SortedDictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var (path, findings) in now)
        {
            if (!old.TryGetValue(path, out var was) || !was.SequenceEqual(findings, SameFinding.Instance))
            {
                changed[path] = findings;
            }
        }

        foreach (var path in old.Keys.Where(p => !now.ContainsKey(p)))
        {
            changed[path] = [];
        }

        return changed;
    }

    // Records compare their lists by reference: two runs' findings are the same when what a reader sees is.
    private sealed class SameFinding : IEqualityComparer<Diagnostic>
    {
        public static readonly SameFinding Instance = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) =>
            x is not null && y is not null
            && x.Id == y.Id && x.Severity == y.Severity && x.Location == y.Location && x.Message == y.Message
            && x.Suppression == y.Suppression && x.RelatedLocations.SequenceEqual(y.RelatedLocations);

        public int GetHashCode(Diagnostic obj) => HashCode.Combine(obj.Id, obj.Location, obj.Message);
    }

    private static Dictionary<string, IReadOnlyList<Diagnostic>> ByDocument(LintResult? result) =>
        (result?.Diagnostics ?? [])
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.ToArray(), StringComparer.Ordinal);
}
