using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>The rules a suppression may name, by id or by kebab-case name.</summary>
internal sealed class KnownRules
{
    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.Ordinal);

    public KnownRules(IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            _byKey.TryAdd(rule.Id, rule);
            _byKey.TryAdd(rule.Name, rule);
        }
    }

    public RuleDescriptor? Find(string idOrName) => _byKey.GetValueOrDefault(idOrName);

    public string? Closest(string idOrName) => Suggestions.Closest(idOrName, _byKey.Keys);
}
