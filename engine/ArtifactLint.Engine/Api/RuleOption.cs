using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>
/// One option a rule takes, declared once: its name, what it means, its type and bounds, and its default. A rule lists its
/// options in <see cref="RuleDescriptor.Options"/>, which makes the options' JSON Schema (the default is the schema's
/// <c>default</c>) and their table in <c>rules explain</c>; the rule reads one with <see cref="RuleOptions.Get{T}(RuleOption{T})"/>.
/// <code>
/// var warnAt = RuleOption.Number("warn_at", 0.9m, "Share of the capacity at or above which a sprint gets a warning", minimum: 0, maximum: 1);
/// </code>
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The option's key under <c>options:</c> in the config (snake_case).</summary>
    public string Name { get; }

    /// <summary>What the option changes, in one sentence.</summary>
    public string Description { get; }

    /// <summary>The option's type and bounds in words (<c>number, 0 to 1</c>).</summary>
    public abstract string TypeText { get; }

    /// <summary>The default as the config would write it (<c>0.9</c>, <c>[story, bug]</c>).</summary>
    public abstract string DefaultText { get; }

    /// <summary>A number option (<c>warn_at: 0.8</c>), optionally bounded.</summary>
    /// <param name="name">The option's key.</param>
    /// <param name="defaultValue">The value when the config does not set it.</param>
    /// <param name="description">What the option changes.</param>
    /// <param name="minimum">The smallest value allowed, if any.</param>
    /// <param name="maximum">The largest value allowed, if any.</param>
    public static RuleOption<decimal> Number(string name, decimal defaultValue, string description, decimal? minimum = null, decimal? maximum = null) =>
        new(name, description, defaultValue, Bounded("number", minimum, maximum), Words("number", minimum, maximum), Format.Number(defaultValue));

    /// <summary>The options' JSON Schema: an object of these properties and no others.</summary>
    internal static string SchemaOf(IEnumerable<RuleOption> options) => new JObject
    {
        ["type"] = "object",
        ["properties"] = new JObject(options.Select(o => new JProperty(o.Name, o.Schema()))),
        ["additionalProperties"] = false,
    }.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>A whole-number option (<c>days: 14</c>), optionally bounded.</summary>
    /// <param name="name">The option's key.</param>
    /// <param name="defaultValue">The value when the config does not set it.</param>
    /// <param name="description">What the option changes.</param>
    /// <param name="minimum">The smallest value allowed, if any.</param>
    /// <param name="maximum">The largest value allowed, if any.</param>
    public static RuleOption<int> Integer(string name, int defaultValue, string description, int? minimum = null, int? maximum = null) =>
        new(name, description, defaultValue, Bounded("integer", minimum, maximum), Words("integer", minimum, maximum), Format.Number(defaultValue));

    /// <summary>A yes/no option (<c>allow_task_under_story: false</c>).</summary>
    /// <param name="name">The option's key.</param>
    /// <param name="defaultValue">The value when the config does not set it.</param>
    /// <param name="description">What the option changes.</param>
    public static RuleOption<bool> Boolean(string name, bool defaultValue, string description) =>
        new(name, description, defaultValue, new JObject { ["type"] = "boolean" }, "boolean", defaultValue ? "true" : "false");

    /// <summary>A list of distinct values, each one of <paramref name="allowed"/> (<c>types: [story, bug]</c>).</summary>
    /// <param name="name">The option's key.</param>
    /// <param name="allowed">The values the list may hold.</param>
    /// <param name="defaultValue">The list when the config does not set it.</param>
    /// <param name="description">What the option changes.</param>
    public static RuleOption<IReadOnlyList<string>> Choices(string name, IReadOnlyList<string> allowed, IReadOnlyList<string> defaultValue, string description) =>
        Choices(name, allowed, defaultValue, description, "list of " + string.Join(", ", allowed));

    /// <summary>A list of backlog item types (<c>types: [story, bug, spike]</c>): which items a rule looks at.</summary>
    /// <param name="name">The option's key.</param>
    /// <param name="defaultValue">The types when the config does not set them.</param>
    /// <param name="description">What the option changes.</param>
    public static RuleOption<IReadOnlyList<string>> BacklogItemTypes(string name, IReadOnlyList<string> defaultValue, string description) =>
        Choices(name, BacklogItem.TypeNames, defaultValue, description, "list of backlog-item types");

    private static RuleOption<IReadOnlyList<string>> Choices(string name, IReadOnlyList<string> allowed, IReadOnlyList<string> defaultValue, string description, string typeText) =>
        new(
            name,
            description,
            defaultValue.ToArray(),
            new JObject { ["type"] = "array", ["items"] = new JObject { ["enum"] = new JArray(allowed) }, ["uniqueItems"] = true },
            typeText,
            "[" + string.Join(", ", defaultValue) + "]");

    /// <summary>The option's JSON Schema, its default included.</summary>
    internal abstract JObject Schema();

    // Integer bounds are written as integers (0, not 0.0): widen them to decimal only for the words.
    private static JObject Bounded(string type, decimal? minimum, decimal? maximum)
    {
        var schema = new JObject { ["type"] = type };
        if (minimum is { } min)
        {
            schema["minimum"] = Bound(min);
        }

        if (maximum is { } max)
        {
            schema["maximum"] = Bound(max);
        }

        return schema;
    }

    internal static JToken Bound(decimal value) => value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue ? new JValue((long)value) : new JValue(value);

    private static string Words(string type, decimal? minimum, decimal? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $"{type}, {Format.Number(min)} to {Format.Number(max)}",
        ({ } min, null) => $"{type} ≥ {Format.Number(min)}",
        (null, { } max) => $"{type} ≤ {Format.Number(max)}",
        _ => type,
    };
}
