using ArtifactLint.Api;
using NJsonSchema;

namespace ArtifactLint.Schemas;

/// <summary>
/// The schema of every kind, each file loaded and compiled once per run. Loading runs on a background task
/// (<see cref="Start"/>) so that NJsonSchema's slow first load overlaps with parsing the documents;
/// <see cref="Get"/> waits for it.
/// </summary>
internal sealed class SchemaRegistry
{
    private readonly IReadOnlyDictionary<string, SchemaSource> _sources;
    private readonly IReadOnlyList<string>? _backlogStatuses;
    private readonly Lock _lock = new();
    private Task<(Dictionary<string, JsonSchema?> Schemas, IReadOnlyList<Diagnostic> Diagnostics)>? _loading;

    /// <param name="sources">One source per kind; a later source for the same kind replaces an earlier one.</param>
    /// <param name="backlogStatuses">The config's <c>workflow.statuses</c>: they replace the built-in backlog-item schema's status values.</param>
    public SchemaRegistry(IEnumerable<SchemaSource> sources, IReadOnlyList<string>? backlogStatuses = null)
    {
        var byKind = new Dictionary<string, SchemaSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            byKind[source.Kind] = source;
        }

        _sources = byKind;
        _backlogStatuses = backlogStatuses;
    }

    /// <summary>The built-in kinds' schemas plus the config's team schemas (kind → file path), team schemas winning.</summary>
    public static SchemaRegistry Create(
        string builtInDirectory,
        IReadOnlyDictionary<string, string> teamSchemas,
        Func<string, string> relativize,
        IReadOnlyList<string>? backlogStatuses = null,
        Loading.RepositoryState? state = null)
    {
        var team = teamSchemas.Select(t => new SchemaSource(t.Key, t.Value, relativize(t.Value), IsBuiltIn: false, state));
        return new SchemaRegistry(BuiltInSources(builtInDirectory).Concat(team), backlogStatuses);
    }

    public static IEnumerable<SchemaSource> BuiltInSources(string directory) =>
        Api.Kinds.BuiltIn.Select(kind => new SchemaSource(
            kind, Path.Combine(directory, $"{kind}.schema.json"), $"schemas/{kind}.schema.json", IsBuiltIn: true));

    /// <summary>Every kind that has a schema.</summary>
    public IReadOnlyCollection<string> Kinds => (IReadOnlyCollection<string>)_sources.Keys;

    /// <summary>Whether the kind's schema is the one ArtifactLint ships.</summary>
    public bool IsBuiltIn(string kind) => _sources.TryGetValue(kind, out var source) && source.IsBuiltIn;

    /// <summary>Begins loading every schema in the background; calling it again does nothing.</summary>
    public void Start()
    {
        lock (_lock)
        {
            _loading ??= Task.Run(LoadAll);
        }
    }

    /// <summary>Whether every schema is loaded, so that <see cref="Get"/> returns at once.</summary>
    public bool IsLoaded => _loading is { IsCompleted: true };

    /// <summary>The kind's compiled schema, or null when the kind has none or its file is unusable (see <see cref="Diagnostics"/>).</summary>
    public JsonSchema? Get(string kind) => Loaded().Schemas.GetValueOrDefault(kind);

    /// <summary>AL0010 and AL0011 findings about the schema files.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Loaded().Diagnostics;

    private (Dictionary<string, JsonSchema?> Schemas, IReadOnlyList<Diagnostic> Diagnostics) Loaded()
    {
        Start();
        return _loading!.GetAwaiter().GetResult();
    }

    private (Dictionary<string, JsonSchema?>, IReadOnlyList<Diagnostic>) LoadAll()
    {
        var byFile = new Dictionary<string, LoadedSchema>(StringComparer.Ordinal);
        var schemas = new Dictionary<string, JsonSchema?>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var source in _sources.Values)
        {
            var key = Path.GetFullPath(source.FilePath);
            if (!byFile.TryGetValue(key, out var loaded))
            {
                loaded = SchemaLoader.Load(source);
                byFile[key] = loaded;
                diagnostics.AddRange(loaded.Diagnostics);
            }

            schemas[source.Kind] = loaded.Schema;
        }

        if (_backlogStatuses is { Count: > 0 } statuses && _sources.TryGetValue("backlog-item", out var backlog) && backlog.IsBuiltIn
            && schemas.GetValueOrDefault("backlog-item")?.Properties.TryGetValue("status", out var status) == true)
        {
            status.Enumeration.Clear();
            foreach (var value in statuses)
            {
                status.Enumeration.Add(value);
            }
        }

        return (schemas, diagnostics);
    }
}
