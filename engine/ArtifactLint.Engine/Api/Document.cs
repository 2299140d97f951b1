using System.IO.Hashing;
using System.Text;

namespace ArtifactLint.Api;

/// <summary>
/// One Markdown file of the workspace: its path, text, front matter (with the position of every
/// value) and an outline of its body. The Markdig tree itself is not kept after parsing.
/// </summary>
public sealed class Document
{
    private readonly int _bodyLine;
    private readonly IOutlineSource _outlines;

    // The text as UTF-8 (half the memory of a string), all of it until ReleaseBody; then only the lines before the body,
    // and the body is read from the file again when asked for (checked against _length and _hash).
    private byte[] _text;
    private IDocumentFiles? _files;
    private int _length;
    private ulong _hash;
    // The outline once built: kept, or, for a body read again from its file, kept only until the next garbage collection
    // (a WeakReference): a run that lints once asks for each outline once or twice in a row, and 13,000 outlines kept
    // to the end are a sixth of a 50,000-document run's memory.
    private object? _outline;
    private Diagnostic? _outlineProblem;
    private IOutlineKeeper? _outlineKeeper;

    // Set once a body read again is not the body first read: from then on the document reads as its front matter alone,
    // and says so (AL0015) whichever rule asked, for its text, its lines or its outline.
    private Diagnostic? _changed;
    [ThreadStatic]
    private static int t_lint;

    // The latest lint that asked for the outline (int.MaxValue: a thread outside any lint asked).
    private int _askedIn;
    private string[]? _lines;

    // The outline is built on first use: most rules never look at most bodies, and the Markdig parse is a
    // third of the cost of loading a document. A field rather than a Lazy<T>, which is four objects per document;
    // two rules that ask at the same moment may both build it, and one equal outline is kept.
    // bodyLine: the 0-based line where the body starts (after a closed front matter), else 0.
    internal Document(string path, string text, FrontMatter? frontMatter, int bodyLine, IOutlineSource outlines)
    {
        Path = path;
        _text = Encoding.UTF8.GetBytes(text);
        FrontMatter = frontMatter;
        _bodyLine = bodyLine;
        _outlines = outlines;
        var bytes = _text.AsSpan();
        HasUncheckedBox = bytes.IndexOf("[ ]"u8) >= 0;
        MentionsSuppression = bytes.IndexOf("artifactlint-disable"u8) >= 0; // Suppression.Marker
    }

    // A released document as a cache kept it (see Released): its body is read from files when asked for.
    private Document(string path, Released kept, FrontMatter? frontMatter, DocumentOutline? outline, IOutlineSource outlines, IDocumentFiles files)
    {
        _outline = outline;
        Path = path;
        _text = kept.Head;
        _length = kept.Length;
        _hash = kept.Hash;
        _bodyLine = kept.BodyLine;
        FrontMatter = frontMatter;
        _outlines = outlines;
        HasUncheckedBox = kept.HasUncheckedBox;
        MentionsSuppression = kept.MentionsSuppression;
        HasUnreadFrontMatter = kept.HasUnreadFrontMatter;
        HasOpenFrontMatter = kept.HasOpenFrontMatter;
        _files = files;
    }

    /// <summary>The path relative to the workspace root, with <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The file's text, without a byte order mark; line endings as in the file, but a lone <c>\r</c> reads as <c>\n</c>.
    /// Made on each call, and in a <c>lint</c>, which keeps only the front matter in memory, read from the file again:
    /// read it once per document.
    /// </summary>
    public string Text => Volatile.Read(ref _files) is { } files ? Reread(files, out _) : Encoding.UTF8.GetString(_text);

    /// <summary>The parsed front matter, or null when the file has none (or it is not valid YAML).</summary>
    public FrontMatter? FrontMatter { get; }

    /// <summary>
    /// Whether the file has a front matter (or something meant as one) that could not be read: it already
    /// carries an AL0001 diagnostic, and no schema is applied to it.
    /// </summary>
    internal bool HasUnreadFrontMatter { get; init; }

    /// <summary>
    /// Where the front matter ends, found once when the file is read: the 1-based line of its closing <c>---</c> (also the
    /// 0-based line the body starts at), or 0 when the file has no closed front matter.
    /// </summary>
    internal int ClosingLine => _bodyLine;

    /// <summary>Whether a front matter is opened and never closed (the whole file is then front matter, with no body).</summary>
    internal bool HasOpenFrontMatter { get; init; }

    /// <summary>Headings, task-list items, links and tables of the body.</summary>
    public DocumentOutline Outline
    {
        get
        {
            // Written once per lint, not on every read: rules on both cores read outlines all the time. Only ever
            // raised: a rule abandoned by an earlier lint, still running, does not count for this one.
            var lint = t_lint == 0 ? int.MaxValue : t_lint;
            int asked;
            while ((asked = Volatile.Read(ref _askedIn)) < lint && Interlocked.CompareExchange(ref _askedIn, lint, asked) != asked)
            {
            }

            return Volatile.Read(ref _outline) switch
            {
                DocumentOutline kept => kept,
                WeakReference<DocumentOutline> weak when weak.TryGetTarget(out var alive) => alive,
                _ => PublishOutline(),
            };
        }
    }

    /// <summary>The artifact kind decided for this document, or null when no kind applies.</summary>
    public string? Kind { get; internal set; }

    /// <summary>Where findings about the whole document go: the opening <c>---</c>, else 1:1.</summary>
    public Location Start => FrontMatter?.Start ?? Location.StartOf(Path);

    /// <summary>The file's lines without their line breaks (1-based line n is <c>Lines[n - 1]</c>).</summary>
    public IReadOnlyList<string> Lines => _lines ??= Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>Whether the text holds <c>[ ]</c> (an unchecked box, or text that looks like one), found once when the file is read.</summary>
    internal bool HasUncheckedBox { get; }

    /// <summary>Whether the text holds <see cref="Suppression.Marker"/>, found once when the file is read.</summary>
    internal bool MentionsSuppression { get; }

    /// <summary>
    /// Keeps only the lines before the body in memory (the front matter, a tenth of a typical document) once the schema
    /// check is done: <paramref name="files"/> reads the file again, as the parser read it, when a rule asks for the body.
    /// A file that changed since reads as its front matter alone, and its outline says AL0015.
    /// </summary>
    internal void ReleaseBody(IDocumentFiles files)
    {
        var text = _text;
        var head = 0;
        for (var line = 0; line < _bodyLine && head < text.Length; line++)
        {
            var next = text.AsSpan(head).IndexOf((byte)'\n');
            head = next < 0 ? text.Length : head + next + 1;
        }

        _length = text.Length;
        _hash = XxHash3.HashToUInt64(text);
        _text = text[..head];
        _lines = null;
        Volatile.Write(ref _files, files);
    }

    /// <summary>
    /// Which lint the rules on this thread run for (<see cref="Workspace.Lint"/>): set on a rule's thread, so that a
    /// document says its AL0015 in a lint only when a rule of that lint asked for the outline, as a fresh run would.
    /// </summary>
    internal static int LintOfThread
    {
        set => t_lint = value;
    }

    /// <summary>AL0015 when a rule of lint <paramref name="lint"/> built the outline and part of the body could not be read for it (too long, or nested too deeply).</summary>
    internal Diagnostic? OutlineProblem(int lint) =>
        Volatile.Read(ref _changed) ?? (Volatile.Read(ref _askedIn) < lint || Volatile.Read(ref _outline) is null ? null : _outlineProblem);

    private DocumentOutline PublishOutline()
    {
        // The problem is the same whichever thread builds the outline, and is set before the outline is published.
        var changed = false;
        var text = Volatile.Read(ref _files) is { } files ? Reread(files, out changed) : Encoding.UTF8.GetString(_text);
        var built = _outlines.Build(Path, text, _bodyLine, changed, out var problem);
        _outlineProblem = problem;
        if (Volatile.Read(ref _files) is not null)
        {
            // Built from the body first read, and all of it: a cache can keep it with the document.
            if (!changed && problem is null)
            {
                Volatile.Read(ref _outlineKeeper)?.Keep(Path, built);
            }

            Volatile.Write(ref _outline, new WeakReference<DocumentOutline>(built));
            return built;
        }

        return (DocumentOutline?)Interlocked.CompareExchange(ref _outline, built, null) ?? built;
    }

    /// <summary>Told each outline built from a released document's body (unchanged, and read whole), to keep it: a cache.</summary>
    internal IOutlineKeeper? OutlineKeeper
    {
        set => Volatile.Write(ref _outlineKeeper, value);
    }

    /// <summary>What a released document holds besides its front matter (<see cref="ReleaseBody"/>), for a cache to keep; null before it is released.</summary>
    internal Released? Kept => Volatile.Read(ref _files) is null
        ? null
        : new Released(_text, _length, _hash, _bodyLine, HasUncheckedBox, MentionsSuppression, HasUnreadFrontMatter, HasOpenFrontMatter);

    /// <summary>
    /// A released document again, from what <see cref="Kept"/> gave, with its body in <paramref name="files"/>, and its
    /// outline when a cache kept that too (<see cref="OutlineKeeper"/>): it is then not built again.
    /// </summary>
    internal static Document FromKept(string path, Released kept, FrontMatter? frontMatter, DocumentOutline? outline, IOutlineSource outlines, IDocumentFiles files) =>
        new(path, kept, frontMatter, outline, outlines, files);

    // The file's text again, when it is the text read at first; else the lines before the body alone.
    private string Reread(IDocumentFiles files, out bool changed)
    {
        if (Volatile.Read(ref _changed) is null && files.Read(Path) is { } again)
        {
            var bytes = Encoding.UTF8.GetBytes(again);
            if (bytes.Length == _length && XxHash3.HashToUInt64(bytes) == _hash)
            {
                changed = false;
                return again;
            }
        }

        changed = true;
        if (Volatile.Read(ref _changed) is null)
        {
            _outlines.Build(Path, string.Empty, _bodyLine, changed: true, out var problem);
            Interlocked.CompareExchange(ref _changed, problem, null);
        }

        return Encoding.UTF8.GetString(_text);
    }

    /// <summary>What a released document keeps: the UTF-8 of the lines before its body, the whole text's length and hash, and what was found when it was read.</summary>
    internal sealed record Released(byte[] Head, int Length, ulong Hash, int BodyLine, bool HasUncheckedBox, bool MentionsSuppression, bool HasUnreadFrontMatter, bool HasOpenFrontMatter);
}
