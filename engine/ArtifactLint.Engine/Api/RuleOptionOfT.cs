using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>An option whose value is a <typeparamref name="T"/>; made by <see cref="RuleOption.Number"/>, <see cref="RuleOption.Integer"/> and the others.</summary>
/// <typeparam name="T">The option's value type.</typeparam>
public sealed class RuleOption<T> : RuleOption
{
    private readonly JObject _schema;

    internal RuleOption(string name, string description, T defaultValue, JObject schema, string typeText, string defaultText)
        : base(name, description)
    {
        Default = defaultValue;
        _schema = schema;
        TypeText = typeText;
        DefaultText = defaultText;
    }

    /// <summary>The value when the config does not set the option.</summary>
    public T Default { get; }

    /// <summary>The option's type and bounds in words (<c>number, 0 to 1</c>).</summary>
    public override string TypeText { get; }

    /// <summary>The default as the config would write it (<c>0.9</c>, <c>[story, bug]</c>).</summary>
    public override string DefaultText { get; }

    internal override JObject Schema()
    {
        var schema = (JObject)_schema.DeepClone();
        schema["description"] = Description;
        schema["default"] = Default is decimal d ? Bound(d) : JToken.FromObject(Default!);
        return schema;
    }
}
