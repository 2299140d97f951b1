using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>A rule's options from the config (<c>rules: { name: { options: { ... } } }</c>).</summary>
public sealed class RuleOptions
{
    private readonly JObject _values;

    internal RuleOptions(JObject? values) => _values = values ?? [];

    /// <summary>No options set.</summary>
    public static RuleOptions Empty { get; } = new(null);

    /// <summary>Whether the config sets the option.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The option's value converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when unset or null.</summary>
    public T Get<T>(string name, T defaultValue) =>
        _values.TryGetValue(name, out var value) && value.Type != JTokenType.Null
            ? value.ToObject<T>() ?? defaultValue
            : defaultValue;

    /// <summary>The option's value from the config, or its declared default when unset or null.</summary>
    /// <typeparam name="T">The option's value type.</typeparam>
    /// <param name="option">The option, as the descriptor declares it.</param>
    public T Get<T>(RuleOption<T> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return typeof(T) == typeof(IReadOnlyList<string>)
            ? (T)GetList(option.Name, (IReadOnlyList<string>)option.Default!)
            : Get(option.Name, option.Default);
    }

    /// <summary>A list option as strings (<c>types: [story, bug]</c>), or <paramref name="defaultValue"/>.</summary>
    public IReadOnlyList<string> GetList(string name, IReadOnlyList<string> defaultValue) =>
        _values.TryGetValue(name, out var value) && value is JArray array
            ? array.Select(v => v.ToString()).ToArray()
            : defaultValue;
}
