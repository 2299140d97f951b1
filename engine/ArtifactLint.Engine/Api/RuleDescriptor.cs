namespace ArtifactLint.Api;

/// <summary>
/// What a rule is, independent of what it does: the metadata that <c>rules list</c>, the docs,
/// the config and every report use. A rule's findings say one of its <see cref="Messages"/>:
/// <code>
/// var descriptor = new RuleDescriptor(
///     Id: "ACME001", Name: "item-has-owner", Title: "Every open backlog item has an owner",
///     Category: "Completeness", DefaultSeverity: Severity.Warning)
/// {
///     Messages = new() { ["no-owner"] = "Backlog item '{id}' has no owner: set 'owner' to the person who answers for it" },
/// };
/// </code>
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor; give its findings' sentences in <see cref="Messages"/>.</summary>
    /// <param name="Id">Unique id: <c>AL</c> + 4 digits for built-in rules (first digit = category), a team prefix otherwise.</param>
    /// <param name="Name">Readable kebab-case alias, accepted by the config wherever the id is.</param>
    /// <param name="Title">One line saying what the rule checks.</param>
    /// <param name="Category">Completeness, Traceability, Planning, Lifecycle, Engine, Schema, or a team's own.</param>
    /// <param name="DefaultSeverity">The severity used when the config does not set one.</param>
#pragma warning disable IDE1006 // Named like the properties, so that a call reads Id: ..., Name: ...
    public RuleDescriptor(string Id, string Name, string Title, string Category, Severity DefaultSeverity)
    {
        this.Id = Id;
        this.Name = Name;
        this.Title = Title;
        this.Category = Category;
        this.DefaultSeverity = DefaultSeverity;
    }

    /// <summary>Creates a descriptor with one message, <see cref="RuleMessages.DefaultId"/>, a positional format (<c>{0}</c>, <c>{1}</c>).</summary>
    /// <param name="Id">Unique id: <c>AL</c> + 4 digits for built-in rules (first digit = category), a team prefix otherwise.</param>
    /// <param name="Name">Readable kebab-case alias, accepted by the config wherever the id is.</param>
    /// <param name="Title">One line saying what the rule checks.</param>
    /// <param name="MessageFormat">A <see cref="string.Format(string, object?[])"/> format filled with the arguments of <c>Report</c>.</param>
    /// <param name="Category">Completeness, Traceability, Planning, Lifecycle, Engine, Schema, or a team's own.</param>
    /// <param name="DefaultSeverity">The severity used when the config does not set one.</param>
    public RuleDescriptor(string Id, string Name, string Title, string MessageFormat, string Category, Severity DefaultSeverity)
        : this(Id, Name, Title, Category, DefaultSeverity)
    {
        Messages = MessageFormat is null ? [] : new() { [RuleMessages.DefaultId] = MessageFormat };
    }
#pragma warning restore IDE1006

    /// <summary>Unique id: <c>AL</c> + 4 digits for built-in rules (first digit = category), a team prefix otherwise.</summary>
    public string Id { get; init; }

    /// <summary>Readable kebab-case alias, accepted by the config wherever the id is.</summary>
    public string Name { get; init; }

    /// <summary>One line saying what the rule checks.</summary>
    public string Title { get; init; }

    /// <summary>Completeness, Traceability, Planning, Lifecycle, Engine, Schema, or a team's own.</summary>
    public string Category { get; init; }

    /// <summary>The severity used when the config does not set one.</summary>
    public Severity DefaultSeverity { get; init; }

    /// <summary>
    /// The sentences the rule's findings say, by id; <c>Report("over-capacity", location, new { sprint = ..., load = ... })</c>
    /// picks one and fills its placeholders. The first is the default, used by <c>Report(location, ...)</c>.
    /// </summary>
    public RuleMessages Messages { get; init; } = [];

    /// <summary>The default message's format (the first of <see cref="Messages"/>), or null when the rule has none.</summary>
    public string? MessageFormat => Messages?.Default?.Format;

    /// <summary>
    /// Fills the default message's numbered placeholders (<see cref="MessageFormat"/>) with <paramref name="args"/>. An argument the
    /// format quotes (<c>'{1}'</c>) is a value from a document: past <see cref="Excerpt.MaxLength"/> characters it is cut (<see cref="Excerpt.Of"/>).
    /// </summary>
    /// <param name="args">The placeholders' values, in order.</param>
    public string FormatMessage(params object?[] args) =>
        Messages.Default is { } message ? message.Template.FillByPosition(args).Text : string.Empty;

    /// <summary>The artifact kinds the rule looks at (documentation only; the rule decides what it reads).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>The options the rule takes, each with its type, bounds, default and meaning; they make <see cref="OptionsSchema"/>.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    /// <summary>
    /// A JSON Schema (draft-07, as text) for the rule's options; the config is validated against it. Made from <see cref="Options"/>
    /// unless the rule gives its own.
    /// </summary>
    public string? OptionsSchema
    {
        get => field ?? (Options is { Count: > 0 } options ? RuleOption.SchemaOf(options) : null);
        init;
    }

    /// <summary>Where the rule's documentation lives; set by the engine from the rule's <c>.md</c> page when not given.</summary>
    public string? HelpUri { get; init; }
}
