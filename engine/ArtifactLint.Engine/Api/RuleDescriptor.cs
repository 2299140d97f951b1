namespace ArtifactLint.Api;

/// <summary>
/// What a rule is, independent of what it does: the metadata that <c>rules list</c>, the docs,
/// the config and every report use.
/// </summary>
/// <param name="Id">Unique id: <c>AL</c> + 4 digits for built-in rules (first digit = category), a team prefix otherwise.</param>
/// <param name="Name">Readable kebab-case alias, accepted by the config wherever the id is.</param>
/// <param name="Title">One line saying what the rule checks.</param>
/// <param name="MessageFormat">A <see cref="string.Format(string, object?[])"/> format filled with the arguments of <c>Report</c>.</param>
/// <param name="Category">Completeness, Traceability, Planning, Lifecycle, Engine, Schema, or a team's own.</param>
/// <param name="DefaultSeverity">The severity used when the config does not set one.</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity)
{
    /// <summary>The artifact kinds the rule looks at (documentation only; the rule decides what it reads).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>A JSON Schema (draft-07, as text) for the rule's options; the config is validated against it.</summary>
    public string? OptionsSchema { get; init; }

    /// <summary>Where the rule's documentation lives; set by the engine from the rule's <c>.md</c> page when not given.</summary>
    public string? HelpUri { get; init; }

    /// <summary>
    /// Fills <see cref="MessageFormat"/> with the report's arguments. An argument the format quotes (<c>'{1}'</c>)
    /// is a value from a document: past <see cref="Excerpt.MaxLength"/> characters it is cut (<see cref="Excerpt.Of"/>).
    /// </summary>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, Excerpts(args));

    private object?[] Excerpts(object?[] args)
    {
        object?[]? cut = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string { Length: > Excerpt.MaxLength } text && MessageFormat.Contains($"'{{{i}}}'", StringComparison.Ordinal))
            {
                cut ??= (object?[])args.Clone();
                cut[i] = Excerpt.Of(text);
            }
        }

        return cut ?? args;
    }
}
