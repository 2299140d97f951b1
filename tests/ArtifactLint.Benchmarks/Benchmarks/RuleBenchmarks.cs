using ArtifactLint.Api;
using ArtifactLint.Running;
using ArtifactLint.Scripting;
using BenchmarkDotNet.Attributes;
using ArtifactLint.Diagnostics;
using ArtifactLint.Settings;
using ArtifactLint.Loading;

namespace ArtifactLint.Benchmarks.Benchmarks;

/// <summary>
/// The rule phase alone: all built-in rules over a workspace loaded once (fresh artifacts and workspace per
/// iteration, since they cache what rules read), rules loaded from a warm cache.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private LintConfig _config = null!;
    private IReadOnlyList<Document> _documents = [];
    private IReadOnlyDictionary<Document, IReadOnlySet<string>> _failed = null!;
    private RuleLoadResult _rules = null!;
    private IReadOnlyList<LoadedRule> _active = [];
    private RuleSettings _settings = null!;
    private Workspace _workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkCorpus.Folder();
        var request = new LintRequest
        {
            WorkingDirectory = folder,
            ToolDirectory = BenchmarkCorpus.ToolDirectory(),
            CacheDirectory = Path.Combine(Path.GetTempPath(), "artifactlint-bench-cache"),
        };
        _config = WorkspaceConfig.Locate(request).Result.Config!;
        var diagnostics = new List<Diagnostic>();
        var files = WorkspaceFiles.List(_config, request.RuleFolders(_config), request.State);
        _documents = DocumentLoader.Load(_config.Root, files.Files, _config.MaxFileSize).Output;
        new KindResolver(_config, files.Files).ResolveAll(_documents);
        var schemas = SchemaPhase.StartLoading(_config, Path.Combine(request.ToolDirectory, "schemas"));
        _failed = SchemaPhase.Validate(_documents, schemas).Output;
        _rules = RulePhase.Load(_config, request).Output;
        _settings = RuleSettings.Resolve(_config, EngineRules.All.Concat(_rules.Rules.Select(r => r.Descriptor))).Output;
        _active = RulePhase.Active(_rules.Rules, _settings, request);
    }

    // Artifacts and the workspace cache what rules read: each iteration starts from fresh ones, as a run does.
    [IterationSetup]
    public void NewWorkspace()
    {
        IReadOnlySet<string> none = new HashSet<string>();
        var artifacts = _documents.Select(d => ArtifactFactory.Create(d, _failed.GetValueOrDefault(d) ?? none)).OfType<Artifact>().ToArray();
        _workspace = new Workspace(_documents, artifacts, _config.Workflow);
    }

    [Benchmark]
    public int AllRules() => RuleHost.Run(_active, _workspace, _settings.For, _config.AsOf ?? new DateOnly(2026, 11, 27), RulePhase.Limits(_config)).Diagnostics.Count;

    [GlobalCleanup]
    public void Cleanup() => _rules.Dispose();
}
