namespace ArtifactLint.Api;

/// <summary>
/// Where each field of the model is in a kind's documents: the model's name (<c>parent</c>) unless a format profile
/// maps it to its own key (Backlog.md's <c>parent_task_id</c>). Every read, location and check of a field goes through it.
/// </summary>
internal sealed class FieldTable
{
    private readonly IReadOnlyDictionary<(string Kind, string Field), string> _keys;

    public FieldTable(IReadOnlyDictionary<(string Kind, string Field), string> keys) => _keys = keys;

    /// <summary>The table that maps every field to itself.</summary>
    public static FieldTable Identity { get; } = new(new Dictionary<(string, string), string>());

    /// <summary>The front-matter key of <paramref name="field"/> in documents of <paramref name="kind"/>.</summary>
    public string KeyOf(string kind, string field) =>
        _keys.Count > 0 && _keys.TryGetValue((kind, field), out var key) ? key : field;
}
