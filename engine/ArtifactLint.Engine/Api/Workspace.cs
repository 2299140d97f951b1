using System.Collections.Concurrent;

namespace ArtifactLint.Api;

/// <summary>
/// The linted folder, loaded once: every document and every artifact, typed, with references
/// resolved by id and reverse views (goal → items, sprint → items) computed on first use.
/// Immutable: rules run in parallel over it.
/// </summary>
public sealed class Workspace
{
    private readonly Dictionary<string, Artifact> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Type, string), Lazy<ILookup<string, Artifact>>> _referrers = new();
    private readonly Dictionary<string, Artifact[]> _byKind;

    internal Workspace(IReadOnlyList<Document> documents, IReadOnlyList<Artifact> artifacts, Workflow workflow)
    {
        Documents = documents;
        Workflow = workflow;
        Artifacts = artifacts.OrderBy(a => a.Path, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
        foreach (var artifact in Artifacts)
        {
            artifact.Attach(this);
            _byId.TryAdd(artifact.Id, artifact);
        }

        Vision = Artifacts.OfType<Vision>().FirstOrDefault();
        Goals = Artifacts.OfType<Goal>().ToArray();
        RoadmapItems = Artifacts.OfType<RoadmapItem>().ToArray();
        BacklogItems = Artifacts.OfType<BacklogItem>().ToArray();
        Sprints = Artifacts.OfType<Sprint>().ToArray();
        Releases = Artifacts.OfType<Release>().ToArray();
        Ideas = Artifacts.OfType<Idea>().ToArray();
        _byKind = Artifacts.GroupBy(a => a.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every document, including those with no kind, sorted by path.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Every artifact of every kind (team-defined kinds included), sorted by path.</summary>
    public IReadOnlyList<Artifact> Artifacts { get; }

    /// <summary>The backlog-item workflow from the config.</summary>
    public Workflow Workflow { get; }

    /// <summary>The product vision, if the workspace has one.</summary>
    public Vision? Vision { get; }

    /// <summary>Every strategic goal.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>Every roadmap item.</summary>
    public IReadOnlyList<RoadmapItem> RoadmapItems { get; }

    /// <summary>Every backlog item of the product backlog.</summary>
    public IReadOnlyList<BacklogItem> BacklogItems { get; }

    /// <summary>Every sprint.</summary>
    public IReadOnlyList<Sprint> Sprints { get; }

    /// <summary>Every release.</summary>
    public IReadOnlyList<Release> Releases { get; }

    /// <summary>Every product idea.</summary>
    public IReadOnlyList<Idea> Ideas { get; }

    /// <summary>The artifact with this id (the first in path order when an id is duplicated), or null.</summary>
    public Artifact? Find(string? id) => id is not null && _byId.TryGetValue(id, out var artifact) ? artifact : null;

    /// <summary>The artifact with this id if it is a <typeparamref name="T"/>, else null.</summary>
    public T? Find<T>(string? id)
        where T : Artifact => Find(id) as T;

    /// <summary>The artifacts of one kind (for team-defined kinds: <c>Workspace.OfKind("persona")</c>).</summary>
    public IReadOnlyList<Artifact> OfKind(string kind) => _byKind.TryGetValue(kind, out var artifacts) ? artifacts : [];

    /// <summary>The <typeparamref name="T"/> artifacts whose <paramref name="field"/> names <paramref name="id"/>: the reverse view of a reference.</summary>
    public IReadOnlyList<T> Referrers<T>(string field, string id)
        where T : Artifact
    {
        if (KindOf(typeof(T)) is { } kind)
        {
            CheckField(kind, FieldTable.KeyOf(kind, field));
        }

        var lookup = _referrers.GetOrAdd((typeof(T), field), key => new Lazy<ILookup<string, Artifact>>(() =>
            Artifacts.OfType<T>()
                .SelectMany(a => a.Strings(key.Item2).Distinct(StringComparer.Ordinal).Select(target => (target, a)))
                .ToLookup(p => p.target, p => (Artifact)p.a, StringComparer.Ordinal))).Value;
        return lookup[id].Cast<T>().ToArray();
    }

    /// <summary>Where the model's fields are in each kind's documents: themselves, unless a format profile maps them.</summary>
    internal FieldTable FieldTable { get; init; } = FieldTable.Identity;

    /// <summary>
    /// Whether artifacts keep what their typed readers return: for a workspace linted again (a session's), whose
    /// artifacts outlive one run; a single run reads most fields a few times and would only hold the memory longer.
    /// </summary>
    internal bool RemembersFields { get; init; }

    /// <summary>Which lint of its documents this is, from 1 (a session lints the same documents many times).</summary>
    internal int Lint { get; init; } = 1;

    /// <summary>Each kind's fields as its schema declares them; a kind whose schema declares none is not checked.</summary>
    internal IReadOnlyDictionary<string, IReadOnlySet<string>> Fields { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>
    /// A rule that names a field its kind does not have (<c>LocationOf("statsu")</c>) would point at the front matter's
    /// start, or read nothing, in silence: it fails instead, at the rule's line, naming the field and the kind.
    /// </summary>
    internal void CheckField(string kind, string field)
    {
        if (Fields.TryGetValue(kind, out var fields) && fields.Count > 0 && !fields.Contains(field))
        {
            var suggestion = Suggestions.Closest(field, fields);
            throw new ArgumentException(
                $"'{Excerpt.Of(field)}' is not a field of {Kinds.WithArticle(kind)}: its schema has {string.Join(", ", fields.Order(StringComparer.Ordinal))}"
                + (suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?"));
        }
    }

    internal IEnumerable<T> Resolve<T>(IEnumerable<string> ids)
        where T : Artifact => ids.Select(Find<T>).OfType<T>();

    private static string? KindOf(Type type) =>
        type == typeof(BacklogItem) ? Kinds.BacklogItem
        : type == typeof(Goal) ? Kinds.Goal
        : type == typeof(RoadmapItem) ? Kinds.RoadmapItem
        : type == typeof(Sprint) ? Kinds.Sprint
        : type == typeof(Release) ? Kinds.Release
        : type == typeof(Idea) ? Kinds.Idea
        : type == typeof(Vision) ? Kinds.Vision
        : null;
}
