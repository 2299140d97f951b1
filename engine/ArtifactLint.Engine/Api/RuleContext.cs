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

    /// <summary>
    /// Reports a finding that says the message <paramref name="messageId"/> of the descriptor's <see cref="RuleDescriptor.Messages"/>,
    /// its placeholders filled from <paramref name="values"/>: an anonymous object (<c>new { sprint = sprint.Id, load }</c>).
    /// An unknown message id or a placeholder without a value fails the rule (AL0003), naming them.
    /// </summary>
    /// <param name="messageId">The message's id (<c>over-capacity</c>).</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="values">The placeholders' values, by name.</param>
    /// <param name="relatedLocations">Other places the finding refers to (the other members of a cycle, the items of a sprint).</param>
    /// <param name="fix">
    /// The change that resolves it, when it is mechanical and has one answer (<c>fix: Fix.ReplaceValue(location, "PB-12")</c>):
    /// <c>lint --fix</c> applies it and editors offer it first. Leave it out where a person must judge.
    /// </param>
    /// <param name="suggestions">Alternatives a person chooses among (renumbering, each candidate id); never applied by <c>--fix</c>.</param>
    public void Report(string messageId, Location location, object? values = null, IEnumerable<RelatedLocation>? relatedLocations = null, Fix? fix = null, IReadOnlyList<Fix>? suggestions = null) =>
        Report(Descriptor.DefaultSeverity, messageId, location, values, relatedLocations, fix, suggestions);

    /// <summary>Reports the message <paramref name="messageId"/> at a lower severity than the rule's default (a capacity warning before the error).</summary>
    /// <param name="severity">The finding's severity, before the config's.</param>
    /// <param name="messageId">The message's id (<c>near-capacity</c>).</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="values">The placeholders' values, by name.</param>
    /// <param name="relatedLocations">Other places the finding refers to.</param>
    /// <param name="fix">The change that resolves it, when it is mechanical and has one answer.</param>
    /// <param name="suggestions">Alternatives a person chooses among; never applied by <c>--fix</c>.</param>
    public void Report(Severity severity, string messageId, Location location, object? values = null, IEnumerable<RelatedLocation>? relatedLocations = null, Fix? fix = null, IReadOnlyList<Fix>? suggestions = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var message = Descriptor.Messages.Find(messageId) ?? throw new ArgumentException(UnknownMessage(messageId));
        if (message.Template.IsNumbered)
        {
            throw new ArgumentException($"message '{message.Id}' of rule {Descriptor.Id} has numbered placeholders ({{0}}): give its values in order, Report(location, value0, value1, ...)");
        }

        var (text, arguments) = message.Template.FillByName(
            MessageValues.Of(values),
            name => $"message '{message.Id}' of rule {Descriptor.Id} says {{{name}}}, but the report gives no value named '{name}': pass new {{ {name} = ... }}");
        Emit(severity, location, relatedLocations, message.Id, text, arguments, fix, suggestions);
    }

    /// <summary>Reports a finding at the rule's severity; <paramref name="args"/> fill the default message's numbered placeholders (<c>{0}</c>, <c>{1}</c>).</summary>
    /// <param name="location">Where the finding is.</param>
    /// <param name="args">The placeholders' values, in order.</param>
    public void Report(Location location, params object?[] args) =>
        Report(Descriptor.DefaultSeverity, location, [], args);

    /// <summary>Reports a finding that also points at other places (the other members of a cycle, the items of a sprint).</summary>
    /// <param name="location">Where the finding is.</param>
    /// <param name="relatedLocations">Other places the finding refers to.</param>
    /// <param name="args">The placeholders' values, in order.</param>
    public void Report(Location location, IEnumerable<RelatedLocation> relatedLocations, params object?[] args) =>
        Report(Descriptor.DefaultSeverity, location, relatedLocations, args);

    /// <summary>Reports a finding at a lower severity than the rule's default (a capacity warning before the error).</summary>
    /// <param name="severity">The finding's severity, before the config's.</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="args">The placeholders' values, in order.</param>
    public void Report(Severity severity, Location location, params object?[] args) =>
        Report(severity, location, [], args);

    /// <summary>Reports a finding at a given severity with related locations.</summary>
    /// <param name="severity">The finding's severity, before the config's.</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="relatedLocations">Other places the finding refers to.</param>
    /// <param name="args">The placeholders' values, in order.</param>
    public void Report(Severity severity, Location location, IEnumerable<RelatedLocation> relatedLocations, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(location);
        var message = Descriptor.Messages.Default ?? throw new ArgumentException($"rule {Descriptor.Id} has no message: give its descriptor Messages");
        if (!message.Template.IsNumbered && message.Placeholders.Count > 0)
        {
            throw new ArgumentException(
                $"message '{message.Id}' of rule {Descriptor.Id} has named placeholders: report it as Report(\"{message.Id}\", location, new {{ {string.Join(", ", message.Placeholders.Select(p => p + " = ..."))} }})");
        }

        var (text, arguments) = message.Template.FillByPosition(args ?? []);
        Emit(severity, location, relatedLocations, message.Id, text, arguments);
    }

    private void Emit(
        Severity severity, Location location, IEnumerable<RelatedLocation>? relatedLocations, string messageId, string text, IReadOnlyList<string> arguments,
        Fix? fix = null, IReadOnlyList<Fix>? suggestions = null) =>
        _sink(new Diagnostic(Descriptor, EffectiveSeverity(severity), location, text)
        {
            RelatedLocations = relatedLocations?.ToArray() ?? [],
            MessageId = messageId,
            Arguments = arguments,
            Fix = fix,
            Suggestions = suggestions?.ToArray() ?? [],
        });

    private string UnknownMessage(string? id)
    {
        var known = Descriptor.Messages.Select(m => m.Id).ToArray();
        var closest = Suggestions.Closest(id ?? string.Empty, known);
        return $"rule {Descriptor.Id} has no message '{id}'" + (closest is null ? $"; its messages are {string.Join(", ", known)}" : $". Did you mean '{closest}'?");
    }

    private Severity EffectiveSeverity(Severity reported) => SeverityPolicy.Effective(reported, Descriptor.DefaultSeverity, _configuredSeverity);
}
