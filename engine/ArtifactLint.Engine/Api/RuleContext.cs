namespace ArtifactLint.Api;

/// <summary>What a rule's analysis function receives: the workspace, its options, the as-of date, and <c>Report</c>.</summary>
public sealed class RuleContext
{
    private readonly Action<Diagnostic> _sink;
    private readonly Severity? _configuredSeverity;

    internal RuleContext(
        RuleDescriptor descriptor,
        Workspace workspace,
        RuleOptions options,
        DateOnly asOf,
        Severity? configuredSeverity,
        Action<Diagnostic> sink,
        CancellationToken cancellationToken)
    {
        Descriptor = descriptor;
        Workspace = workspace;
        Options = options;
        AsOf = asOf;
        _configuredSeverity = configuredSeverity;
        _sink = sink;
        CancellationToken = cancellationToken;
    }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The whole workspace: every artifact, typed, with references resolved.</summary>
    public Workspace Workspace { get; }

    /// <summary>The rule's options from the config, already validated against the descriptor's options schema.</summary>
    public RuleOptions Options { get; }

    /// <summary>"Today" for time-based rules: <c>--as-of</c>, else the config's <c>as_of</c>, else today's date (UTC).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Signalled when the rule runs past its time limit. Loops in rule code observe it automatically.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding at the rule's severity; <paramref name="args"/> fill the descriptor's message format.</summary>
    public void Report(Location location, params object?[] args) =>
        Report(Descriptor.DefaultSeverity, location, [], args);

    /// <summary>Reports a finding that also points at other places (the other members of a cycle, the items of a sprint).</summary>
    public void Report(Location location, IEnumerable<RelatedLocation> relatedLocations, params object?[] args) =>
        Report(Descriptor.DefaultSeverity, location, relatedLocations, args);

    /// <summary>Reports a finding at a lower severity than the rule's default (a capacity warning before the error).</summary>
    public void Report(Severity severity, Location location, params object?[] args) =>
        Report(severity, location, [], args);

    /// <summary>Reports a finding at a given severity with related locations.</summary>
    public void Report(Severity severity, Location location, IEnumerable<RelatedLocation> relatedLocations, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(location);
        _sink(new Diagnostic(Descriptor, EffectiveSeverity(severity), location, Descriptor.FormatMessage(args))
        {
            RelatedLocations = relatedLocations?.ToArray() ?? [],
        });
    }

    private Severity EffectiveSeverity(Severity reported) => SeverityPolicy.Effective(reported, Descriptor.DefaultSeverity, _configuredSeverity);
}
