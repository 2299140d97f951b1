using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ArtifactLint.Configuration;

/// <summary>
/// <c>.artifactlint.yml</c> as written, typed: deserialised from the tree once the config schema has passed it, so
/// every value has its schema's type. A value whose own check can fail is <see cref="Located{T}"/>, for its diagnostic.
/// </summary>
internal sealed record ConfigJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Keys of kinds and rules are names as written: SnakeCaseNamingStrategy leaves dictionary keys alone.
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = [new LocatedConverter<string>(), new LocatedConverter<JObject>(), new LocatedConverter<RuleJson>(), new RuleJsonConverter()],

        // The YAML reader bounds the nesting (64 levels), and rule options may use all of it.
        MaxDepth = null,
    });

    public IReadOnlyList<string>? Include { get; init; }

    public IReadOnlyList<string>? Exclude { get; init; }

    public OrderedDictionary<string, KindJson>? Kinds { get; init; }

    public WorkflowJson? Workflow { get; init; }

    /// <summary>By the key written; each entry's token is the key's value, whose parent is the key.</summary>
    public OrderedDictionary<string, Located<RuleJson>>? Rules { get; init; }

    public IReadOnlyList<Located<string>>? RulePaths { get; init; }

    public string? RulePrefix { get; init; }

    public Located<string>? RuleTimeout { get; init; }

    public Located<string>? MaxFileSize { get; init; }

    public Located<string>? RuleMemory { get; init; }

    public Located<string>? CacheSize { get; init; }

    public Located<string>? AsOf { get; init; }

    public string? Baseline { get; init; }

    /// <summary>The config that <paramref name="root"/>, which the config schema has passed, holds.</summary>
    public static ConfigJson Read(JObject root) => root.ToObject<ConfigJson>(Serializer)!;
}
