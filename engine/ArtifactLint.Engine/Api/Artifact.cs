using System.Globalization;

namespace ArtifactLint.Api;

/// <summary>
/// A document with a kind and an id. Built-in kinds have typed subclasses (<see cref="BacklogItem"/>,
/// <see cref="Sprint"/> ...); team-defined kinds are plain artifacts read with <see cref="Field{T}"/>.
/// A field that failed its schema reads as null.
/// </summary>
public class Artifact
{
    private readonly IReadOnlySet<string> _invalidFields;
    private const string TitleField = "title";
    private const string StatusField = "status";

    // The typed readers, each a key of what they remember (with the field's name).
    private static readonly object s_text = new(), s_number = new(), s_date = new(), s_strings = new(), s_token = new(), s_has = new(), s_hasValue = new(), s_location = new();

    private Workspace? _workspace;

    // What the typed readers returned, per (field, reader): rules read the same fields of the same artifacts many times,
    // and each read walks a JToken tree spread over the heap (about 1 µs, nearly all of it cache misses); a session's
    // artifacts keep what they read across its runs. Replaced, never changed, so that rules on other threads read it without a lock.
    private Remembered[] _remembered = [];

    internal Artifact(Document document, string kind, string id, IReadOnlySet<string> invalidFields)
    {
        Document = document;
        Kind = kind;
        Id = id;
        _invalidFields = invalidFields;
    }

    /// <summary>The artifact's id (<c>PB-142</c>).</summary>
    public string Id { get; }

    /// <summary>The artifact's kind (<c>backlog-item</c>, or a team's own kind).</summary>
    public string Kind { get; }

    /// <summary>The document the artifact comes from.</summary>
    public Document Document { get; }

    /// <summary>The document's path relative to the workspace root.</summary>
    public string Path => Document.Path;

    /// <summary>The workspace the artifact belongs to.</summary>
    public Workspace Workspace => _workspace ?? throw new InvalidOperationException("The artifact is not part of a workspace yet.");

    /// <summary>
    /// Whether an earlier artifact has the same id (AL1003 reports both): references resolve to that one, so a rule that
    /// follows references skips this one rather than report it twice.
    /// </summary>
    public bool IsDuplicate => !ReferenceEquals(Workspace.Find(Id), this);

    /// <summary>The <c>title</c> field.</summary>
    public string? Title => Text(TitleField);

    /// <summary>The <c>status</c> field.</summary>
    public string? Status => Text(StatusField);

    /// <summary>The opening <c>---</c> of the front matter: where findings about the whole artifact go.</summary>
    public Location Start => FrontMatter.Start;

    internal FrontMatter FrontMatter => Document.FrontMatter!;

    /// <summary>Whether the front matter has the field (even if its value is null or invalid).</summary>
    public bool Has(string field) => Remember(KeyOf(field), s_has, static (artifact, key) => artifact.FrontMatter.Has(key));

    /// <summary>
    /// Whether the field has a value the model reads: written, not null, and passing its schema. <c>Has(f) &amp;&amp; !HasValue(f)</c>
    /// is a field written with a value that failed its schema (its AL1001 says what is wrong).
    /// </summary>
    public bool HasValue(string field) => Remember(KeyOf(field), s_hasValue, static (artifact, key) => artifact.Token(key) is not null);

    /// <summary>Where a field's value is; the front matter start when the field is absent.</summary>
    public Location LocationOf(string field) => Remember(KeyOf(field), s_location, static (artifact, key) => artifact.FrontMatter.LocationOf(key));

    /// <summary>Where the <paramref name="index"/>-th element of a list field is.</summary>
    public Location LocationOf(string field, int index) => FrontMatter.LocationOf(KeyOf(field), index);

    /// <summary>The list at <paramref name="field"/> as written, with its spans, or null when the field holds no list (for <see cref="Fix.RemoveListElement"/>).</summary>
    internal FrontMatterValue? ListOf(string field) =>
        Document.FrontMatter?.Values.TryGet(KeyOf(field), out var entry) == true && entry.Value.Value is FrontMatterList ? entry.Value : null;

    /// <summary>Where a field's key is (<c>status</c> in <c>status: ready</c>).</summary>
    public Location KeyLocationOf(string field) => FrontMatter.KeyLocationOf(KeyOf(field));

    /// <summary>Any field, converted to <typeparamref name="T"/> (string, bool, int, decimal, DateOnly, string lists ...); default when absent, null, invalid or not convertible.</summary>
    public T? Field<T>(string name)
    {
        var key = KeyOf(name);

        // A value, or a string, is the same for every rule; anything else (a list) may be changed by the rule it is given.
        return typeof(T).IsValueType || typeof(T) == typeof(string)
            ? Remember(key, typeof(T), static (artifact, field) => Converted<T>(artifact.Token(field)))
            : Converted<T>(Remember(key, s_token, static (artifact, field) => artifact.Token(field)));
    }

    private static T? Converted<T>(FrontMatterValue? found)
    {
        if (found is not { } value)
        {
            return default;
        }

        if (typeof(T) == typeof(DateOnly) || typeof(T) == typeof(DateOnly?))
        {
            return ParseDate(value) is { } date ? (T)(object)date : default;
        }

        // What the serializer would return for a scalar, without it: rules ask Field<object> whether a field has a value,
        // and most fields are text.
        if ((typeof(T) == typeof(object) && value.IsScalar) || (typeof(T) == typeof(string) && value.Value is string))
        {
            return (T?)value.Value;
        }

        try
        {
            return value.ToJson().ToObject<T>();
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            return default;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";

    internal void Attach(Workspace workspace) => _workspace = workspace;

    // The field's key in this kind's documents (see FieldTable); throws for a field the kind's schema does not declare (see Workspace.CheckField).
    private string KeyOf(string field)
    {
        if (_workspace is null)
        {
            return field;
        }

        var key = _workspace.FieldTable.KeyOf(Kind, field);
        _workspace.CheckField(Kind, key);
        return key;
    }

    /// <summary>A text field (numbers and booleans as YAML wrote them).</summary>
    protected string? Text(string name) => Remember(name, s_text, static (artifact, field) =>
        artifact.Mapped(field) is { IsScalar: true } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : null);

    /// <summary>A number field.</summary>
    protected decimal? Number(string name) => Remember(name, s_number, static (artifact, field) => artifact.Mapped(field) is { } v ? ToDecimal(v.Value) : null);

    /// <summary>A JSON number as a decimal, or null when it is not a number or has no decimal value (<c>.inf</c>, <c>1e30</c>).</summary>
    internal static decimal? ToDecimal(object? value) => value switch
    {
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        System.Numerics.BigInteger b when b >= (System.Numerics.BigInteger)decimal.MinValue && b <= (System.Numerics.BigInteger)decimal.MaxValue => (decimal)b,
        _ => null,
    };

    /// <summary>A date field (<c>YYYY-MM-DD</c>, or <c>YYYY-MM-DD HH:MM</c> read as its calendar date).</summary>
    protected DateOnly? DateOf(string name) => Remember(name, s_date, static (artifact, field) => artifact.Mapped(field) is { } value ? ParseDate(value) : null);

    /// <summary>A list of ids (or of any strings); a single string reads as a one-element list.</summary>
    protected internal IReadOnlyList<string> Strings(string name) => Remember<IReadOnlyList<string>>(name, s_strings, static (artifact, field) => artifact.Mapped(field) switch
    {
        { Value: FrontMatterList list } => Array.AsReadOnly(list.Items.Where(i => i.IsScalar).Select(i => i.Text!).ToArray()),
        { IsScalar: true } v => Array.AsReadOnly([v.Text!]),
        _ => [],
    });

    // Reads once per artifact what read(this, name) returns (see _remembered); not before the artifact is in a workspace,
    // whose field table decides which key a field is.
    private T Remember<T>(string name, object reader, Func<Artifact, string, T> read)
    {
        if (_workspace is not { RemembersFields: true })
        {
            return read(this, name);
        }

        var remembered = Volatile.Read(ref _remembered);
        foreach (var entry in remembered)
        {
            if (ReferenceEquals(entry.Reader, reader) && entry.Name == name)
            {
                return (T)entry.Value!;
            }
        }

        var value = read(this, name);
        var added = new Remembered(name, reader, value);
        while (Interlocked.CompareExchange(ref _remembered, [.. remembered, added], remembered) != remembered)
        {
            remembered = Volatile.Read(ref _remembered);
        }

        return value;
    }

    /// <summary>A field's value as the front matter holds it (keyed by the model's name), or null when absent, null or invalid.</summary>
    private protected FrontMatterValue? Mapped(string name) => Token(_workspace?.FieldTable.KeyOf(Kind, name) ?? name);

    private FrontMatterValue? Token(string name) =>
        _invalidFields.Contains(name) || FrontMatter.Values[name] is not { Value: not null } value
            ? null
            : value;

    private readonly record struct Remembered(string Name, object Reader, object? Value);

    private static DateOnly? ParseDate(FrontMatterValue value)
    {
        // A mapping or a list is no date (its JSON text starts with a bracket).
        return value.Text is { Length: >= 10 } text && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
