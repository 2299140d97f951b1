using ArtifactLint.Api;

namespace ArtifactLint.Baselines;

/// <summary>
/// What a baseline entry matches: the file, rule, artifact, property and offending value of a finding, never its
/// line or a list index, so that edits elsewhere in the file do not make a known finding look new.
/// </summary>
internal readonly record struct BaselineKey(string Path, string RuleId, string? ArtifactId, string? Property, string? Value)
    : IComparable<BaselineKey>
{
    public static BaselineKey Of(Diagnostic diagnostic) =>
        new(diagnostic.Location.Path, diagnostic.Id, diagnostic.ArtifactId, diagnostic.Property, diagnostic.Value);

    /// <summary>Ordinal, field by field; null before any text.</summary>
    public int CompareTo(BaselineKey other)
    {
        var c = string.CompareOrdinal(Path, other.Path);
        c = c != 0 ? c : string.CompareOrdinal(RuleId, other.RuleId);
        c = c != 0 ? c : string.CompareOrdinal(ArtifactId, other.ArtifactId);
        c = c != 0 ? c : string.CompareOrdinal(Property, other.Property);
        return c != 0 ? c : string.CompareOrdinal(Value, other.Value);
    }
}
