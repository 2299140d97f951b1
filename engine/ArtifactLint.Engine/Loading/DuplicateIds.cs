using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Loading;

/// <summary>AL1003: two artifacts share an id. The later one in path order is reported, the first is a related location.</summary>
internal static class DuplicateIds
{
    public static IEnumerable<Diagnostic> Find(IEnumerable<Artifact> artifacts) =>
        artifacts
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(a => a.Path, StringComparer.Ordinal).ToArray();
                var first = ordered[0];
                return ordered.Skip(1).Select(later => new Diagnostic(
                    EngineRules.DuplicateId,
                    EngineRules.DuplicateId.DefaultSeverity,
                    later.LocationOf("id"),
                    $"id '{Excerpt.Of(later.Id)}' is already used by the {Kinds.Label(first.Kind)} in {first.Path}: give this {Kinds.Label(later.Kind)} an id of its own")
                {
                    RelatedLocations = [new RelatedLocation(first.LocationOf("id"), $"'{Excerpt.Of(first.Id)}' is first used here")],
                    ArtifactId = later.Id,
                    Property = "id",
                    Value = later.Id,
                });
            });
}
