namespace ArtifactLint.Api;

/// <summary>
/// A rule: what it is (<see cref="Descriptor"/>) and what it does (<see cref="Analyze"/>).
/// A <c>.csx</c> rule file ends with <c>return new Rule(descriptor, context => { ... });</c>.
/// </summary>
public sealed class Rule
{
    /// <summary>Creates a rule from its metadata and its analysis function.</summary>
    public Rule(RuleDescriptor descriptor, Action<RuleContext> analyze)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(analyze);
        Descriptor = descriptor;
        Analyze = analyze;
    }

    /// <summary>The rule's metadata.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Runs once per lint over the whole workspace and reports through the context.</summary>
    public Action<RuleContext> Analyze { get; }
}
