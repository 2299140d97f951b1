using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using ArtifactLint.Scripting;
using ArtifactLint.Settings;
using ArtifactLint.Suppressions;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ArtifactLint.Running;

/// <summary>
/// The incremental workspace. Opening reads the config, the schemas, the rules and every document once; after that,
/// <see cref="Apply"/> is told which documents changed (on disk, or as an editor's unsaved text) and takes only those
/// through their own steps again, and <see cref="Lint"/> runs what spans the workspace (duplicate ids, rules,
/// suppressions, baseline, filter) on the documents as they now are. A lint is exactly a fresh run's:
/// <c>lint</c> is one session linted once, <c>watch</c> and the language server keep theirs.
/// </summary>
internal sealed class LintSession : IDisposable
{
    private readonly LintRequest _request;
    private readonly LintConfig? _config;
    private readonly SchemaRegistry? _schemas;
    private readonly Task<PhaseResult<RuleLoadResult>>? _ruleLoading;
    private readonly Dictionary<string, SessionDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Matcher? _documentPaths;
    private readonly PhaseTimer _timer;
    private readonly LintResult? _failed;
    private DocumentSteps? _steps;
    private IReadOnlyList<string> _files = [];
    private IReadOnlyList<Diagnostic> _fileProblems = [];
    private KindResolver? _kinds;
    private Rules? _rules;
    private int _lints;
    private bool? _linked;
    private HashSet<string> _setupFiles = new(StringComparer.Ordinal);
    private string[] _ruleFolders = [];

    private LintSession(LintRequest request, bool once)
    {
        _request = request;
        _timer = new PhaseTimer(request.Trace);
        var (root, loaded) = WorkspaceConfig.Locate(request);
        Root = root;
        OutsideTheWorkspace(request, root);
        if (loaded.Config is not { } config)
        {
            _failed = new LintResult { Root = root, Diagnostics = Sorted(loaded.Errors), ConfigFailed = true };
            return;
        }

        _config = config;
        Root = config.Root;
        _timer.Mark("config");
        _schemas = SchemaPhase.StartLoading(config, Path.Combine(request.ToolDirectory, "schemas"), request.State);
        _ruleLoading = Task.Run(() => RulePhase.Load(config, request));
        _documentPaths = new Matcher(StringComparison.Ordinal);
        _documentPaths.AddIncludePatterns(config.Include);
        _documentPaths.AddExcludePatterns(config.Exclude);
        _steps = new DocumentSteps(config, _schemas, request.State, once, once ? request.Documents : null);

        // What only a new session reads, even where the include globs take it for a document (include: ["**/*"]).
        _ruleFolders = [.. request.RuleFolders(config).Select(f => f.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)];
        _setupFiles = new HashSet<string>(
            SchemaReferences.Closure(config.Kinds.Select(k => k.Schema).OfType<string>().Select(f => Path.GetFullPath(f, config.Root)), out _)
                .Append(BaselinePhase.FileOf(request, config))
                .Concat(config.Path is { } configPath ? [Path.GetFullPath(configPath)] : []),
            FileNames.Comparer);
        ListFiles(request.Files);
        _timer.Mark("files");
        Take(_steps.Run(_files, _kinds!, _texts, _timer));
    }

    /// <summary>The workspace root (absolute).</summary>
    public string Root { get; }

    /// <summary>The workspace's config, or null when it is broken.</summary>
    public LintConfig? Config => _config;

    /// <summary>Opens the workspace of <paramref name="request"/>; a broken config opens a session whose every lint is that config's errors.</summary>
    /// <param name="request">What to lint, and how.</param>
    /// <param name="once">Whether the session is linted once and closed: it then keeps less of each document (see <see cref="DocumentSteps"/>).</param>
    public static LintSession Open(LintRequest request, bool once = false) => new(request, once);

    /// <summary>
    /// Takes the documents at <paramref name="paths"/> (workspace-relative with <c>/</c>, as a file watcher reports them)
    /// through their own steps again: a changed document is read again, a new or deleted one changes the list of files.
    /// Returns false, changing nothing, when a path is anything but a document — the config, a schema, a rule, an
    /// ignore file, a path outside the root — which only a new session reads.
    /// </summary>
    public bool Apply(IReadOnlyCollection<string> paths)
    {
        // A linked document is read through its link, but a watcher reports its target: only a new session sees both.
        // A path made a link since (a file replaced by a link to another) likewise.
        if (_failed is not null || _steps is null || paths.Any(p => !IsDocumentPath(p)) || HasLinks() || paths.Any(IsLinked))
        {
            return false;
        }

        var again = paths.Where(p => _documents.ContainsKey(p) && File.Exists(Path.Combine(Root, p))).ToList();
        if (again.Count < paths.Count)
        {
            // A document came or went (or a file the walk leaves out changed): list the files again.
            var before = _files.ToHashSet(StringComparer.Ordinal);
            ListFiles();
            foreach (var gone in before.Except(_files))
            {
                _documents.Remove(gone);
                _texts.Remove(gone);
            }

            again.AddRange(_files.Where(f => !before.Contains(f)));
        }

        Take(_steps.Run(again.Distinct(StringComparer.Ordinal).ToArray(), _kinds!, _texts));
        return true;
    }

    /// <summary>Whether <paramref name="path"/> (workspace-relative, <c>/</c>) is one of the session's documents.</summary>
    public bool HasDocument(string path) => _documents.ContainsKey(path);

    /// <summary>
    /// Lints a document with <paramref name="text"/> instead of its file (an editor's unsaved buffer), or, with null,
    /// with its file again. Returns false, changing nothing, when <paramref name="path"/> is not a document of the
    /// workspace or the change needs a new session (see <see cref="Apply"/>).
    /// </summary>
    public bool SetText(string path, string? text)
    {
        if (!_documents.ContainsKey(path))
        {
            return false;
        }

        var before = _texts.GetValueOrDefault(path);
        if (text is null)
        {
            _texts.Remove(path);
        }
        else
        {
            _texts[path] = text;
        }

        if (Apply([path]))
        {
            return true;
        }

        // Not a change this session can take (a linked workspace): it keeps linting what it had.
        if (before is null)
        {
            _texts.Remove(path);
        }
        else
        {
            _texts[path] = before;
        }

        return false;
    }

    /// <summary>Runs the workspace-wide steps on the documents as they are now: the findings of a fresh run.</summary>
    public LintResult Lint()
    {
        if (_failed is not null)
        {
            return _failed;
        }

        var config = _config!;
        var rules = _rules ??= LoadRules(config);
        if (rules.Failed is { } failed)
        {
            return failed;
        }

        var states = _files.Select(f => _documents[f]).ToArray();
        var documents = states.Select(s => s.Document).OfType<Document>().ToArray();
        var again = _lints > 0;

        var artifacts = states.Select(s => s.Artifact).OfType<Artifact>().ToArray();
        var diagnostics = new List<Diagnostic>(_fileProblems);
        diagnostics.AddRange(_schemas!.Diagnostics);
        diagnostics.AddRange(states.SelectMany(s => s.Diagnostics));
        diagnostics.AddRange(DuplicateIds.Find(artifacts));
        var workspace = new Workspace(documents, artifacts, config.Workflow) { Fields = rules.Fields, RemembersFields = again, Lint = _lints + 1 };
        _lints++;
        _timer.Mark("workspace");

        var asOf = _request.AsOf ?? config.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // Each lint runs the rules as a fresh run would: their scripts' top-level state made anew.
        var run = RuleHost.Run(rules.Active, workspace, rules.Settings.For, asOf, RulePhase.Limits(config), fresh: again);
        _timer.Mark("rules");
        var context = new FindingContext(workspace);
        diagnostics.AddRange(rules.Problems);
        diagnostics.AddRange(run.Diagnostics.Select(context.Complete));

        // Bodies are read when a rule first asks for one: only then can part of one go unchecked.
        diagnostics.AddRange(documents.Select(d => d.OutlineProblem(workspace.Lint)).OfType<Diagnostic>());

        // Suppressions and baseline see the whole workspace; the filter then picks what to report.
        var suppressed = SuppressionPhase.Apply(diagnostics, documents, rules.Descriptors);
        var reported = EngineSeverities.Apply(suppressed, rules.Settings);
        var baselined = BaselinePhase.Apply(_request, config, reported);
        var filter = ReportFilter.Create(_request, config);
        var (fresh, known) = KnownPhase.Apply(_request.Known, baselined, filter);
        var result = new LintResult
        {
            Root = config.Root,
            Diagnostics = Sorted(fresh.Where(filter.Includes)),
            Baseline = baselined.Outcome,
            Known = known,
            Recorded = _request.RecordFindings ? Baseline.Record(reported) : null,
            Rules = [.. EngineRules.All, .. rules.Active.Select(r => RulePhase.Described(r))],
            DocumentCount = workspace.Documents.Count,
            RuleCount = rules.Active.Count,
            ToolFailed = run.HasAbandonedRules || rules.Unreadable || reported.Any(d => EngineRules.IsToolFailure(d.Id)),
        };
        _timer.Mark("report");
        return result;
    }

    /// <summary>Unloads the session's rules (when they are collectible).</summary>
    public void Dispose()
    {
        var loading = _ruleLoading;
        if (loading is not null)
        {
            // A session closed before its first lint still loaded its rules: they go too.
            try
            {
                loading.GetAwaiter().GetResult().Output.Dispose();
            }
            catch (Exception)
            {
                // It failed to load: there is nothing to unload.
            }
        }
    }

    /// <summary>A PATH outside the workspace root would be neither loaded nor reported: say so instead of passing in silence.</summary>
    private static void OutsideTheWorkspace(LintRequest request, string root)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        foreach (var path in request.Paths)
        {
            var full = Path.GetFullPath(path, request.WorkingDirectory);
            if (full != Path.TrimEndingDirectorySeparator(root) && !full.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new UsageException($"'{path}' is outside the workspace {root}: lint each workspace on its own, or pass -c with the config of the workspace that holds it");
            }
        }
    }

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        list.Sort(DiagnosticOrder.Instance);
        return list;
    }

    // A path the include globs take and the exclude globs leave, inside the root: a document, or one that may become one.
    private bool IsDocumentPath(string path)
    {
        if (Path.IsPathRooted(path) || path == "." || path.StartsWith("..", StringComparison.Ordinal) || Path.GetFileName(path) == ".gitignore")
        {
            return false;
        }

        var full = Path.GetFullPath(Path.Combine(Root, path));
        return !Directory.Exists(full) && !_setupFiles.Contains(full)
            && !_ruleFolders.Any(f => full.StartsWith(f, FileNames.Comparison))
            && _documentPaths!.Match(path).HasMatches;
    }

    // Whether any document is a link, or under a linked folder: asked once per list of files, at the first change.
    private bool HasLinks() => _linked ??= _request.State is null && (
        _files.Any(f => FileProbe.Status(Path.Combine(Root, f), followLinks: false) is { Type: FileType.SymbolicLink })
        || _files.Select(f => Path.GetDirectoryName(f) ?? "").Distinct(StringComparer.Ordinal)
            .SelectMany(Ancestors).Distinct(StringComparer.Ordinal)
            .Any(folder => new DirectoryInfo(Path.Combine(Root, folder)).LinkTarget is not null));

    // Whether the file at path, or a folder on the way to it, is a link (looked at without following links).
    private bool IsLinked(string path) =>
        FileProbe.Status(Path.Combine(Root, path), followLinks: false) is { Type: FileType.SymbolicLink }
        || Ancestors(Path.GetDirectoryName(path) ?? "").Any(folder => new DirectoryInfo(Path.Combine(Root, folder)).LinkTarget is not null);

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var f = folder; f.Length > 0; f = Path.GetDirectoryName(f) ?? "")
        {
            yield return f;
        }
    }

    private void ListFiles(WalkResult? walked = null)
    {
        var files = walked ?? WorkspaceFiles.List(_config!, _request.RuleFolders(_config!), _request.State);
        _files = files.Files;
        _fileProblems = files.Diagnostics;
        _linked = null;
        _kinds = new KindResolver(_config!, _files);
    }

    private void Take(IEnumerable<SessionDocument> documents)
    {
        foreach (var document in documents)
        {
            _documents[document.Path] = document;
        }
    }

    private Rules LoadRules(LintConfig config)
    {
        var (loaded, unreadable) = _ruleLoading!.GetAwaiter().GetResult();
        _timer.Mark("rule load");
        var (named, renamed) = RulePhase.WithUniqueNames(loaded.Rules);
        var unloaded = RulePhase.Unloaded([.. loaded.Diagnostics, .. unreadable]);
        var (settings, configErrors) = RuleSettings.Resolve(config, EngineRules.All.Concat(named.Select(r => r.Descriptor)), unloaded);
        var failed = configErrors.Count == 0 ? null : new LintResult
        {
            // A rule that did not load is why its settings may not apply: say that first, not only what follows from it.
            Root = config.Root,
            Diagnostics = Sorted([.. loaded.Diagnostics.Concat(unreadable).Where(d => EngineRules.IsToolFailure(d.Id) || d.Id == EngineRules.UnreadableFile.Id), .. configErrors]),
            ConfigFailed = true,
        };
        return new Rules(
            RulePhase.Active(named, settings, _request),
            settings,
            [.. renamed, .. unreadable, .. loaded.Diagnostics],
            [.. EngineRules.All, .. named.Select(r => r.Descriptor)],
            SchemaPhase.Fields(_schemas!),
            unreadable.Count > 0,
            failed);
    }

    /// <summary>The session's rules, loaded and configured once.</summary>
    private sealed record Rules(
        IReadOnlyList<LoadedRule> Active,
        RuleSettings Settings,
        IReadOnlyList<Diagnostic> Problems,
        IReadOnlyList<RuleDescriptor> Descriptors,
        IReadOnlyDictionary<string, IReadOnlySet<string>> Fields,
        bool Unreadable,
        LintResult? Failed);
}
