using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>A suppression during one run: which of its rules silenced at least one finding.</summary>
internal sealed class SuppressionUse
{
    private readonly bool[] _used;

    public SuppressionUse(InlineSuppression suppression)
    {
        Suppression = suppression;
        _used = new bool[suppression.Rules.Count];
    }

    public InlineSuppression Suppression { get; }

    /// <summary>The rules that silenced nothing, in the order written.</summary>
    public IEnumerable<RuleDescriptor> UnusedRules => Suppression.Rules.Where((_, i) => !_used[i]);

    /// <summary>Whether the suppression covers the finding; if so, the rule counts as used.</summary>
    public bool TryCover(Diagnostic diagnostic)
    {
        if (!Suppression.Covers(diagnostic.Location))
        {
            return false;
        }

        for (var i = 0; i < _used.Length; i++)
        {
            if (Suppression.Rules[i].Id == diagnostic.Id)
            {
                _used[i] = true;
                return true;
            }
        }

        return false;
    }
}
