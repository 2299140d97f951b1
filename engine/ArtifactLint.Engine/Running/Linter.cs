using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Scripting;
using ArtifactLint.Suppressions;
using ArtifactLint.Diagnostics;
using ArtifactLint.Loading;
using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>One lint run: config → files → documents → schemas → workspace → rules → suppressions → filter → sort.</summary>
internal static class Linter
{
    public static LintResult Run(LintRequest request)
    {
        var timer = new PhaseTimer(request.Trace);
        var schemaDirectory = Path.Combine(request.ToolDirectory, "schemas");
        var (root, loaded) = WorkspaceConfig.Locate(request);
        OutsideTheWorkspace(request, root);
        if (loaded.Config is not { } config)
        {
            return new LintResult { Root = root, Diagnostics = Sorted(loaded.Errors), ConfigFailed = true };
        }

        timer.Mark("config");
        var schemas = SchemaPhase.StartLoading(config, schemaDirectory, request.State);
        var ruleLoading = Task.Run(() => RulePhase.Load(config, request));
        var diagnostics = new List<Diagnostic>();
        var files = WorkspaceFiles.List(config, request.RuleFolders(config), request.State);
        diagnostics.AddRange(files.Diagnostics);
        timer.Mark("files");
        var (documents, unparsed) = DocumentLoader.Load(config.Root, files.Files, config.MaxFileSize, request.State);
        diagnostics.AddRange(unparsed);
        timer.Mark("parse");

        diagnostics.AddRange(new KindResolver(config, files.Files).ResolveAll(documents));
        timer.Mark("kinds");
        var (failedFields, invalid) = SchemaPhase.Validate(documents, schemas);
        diagnostics.AddRange(invalid);
        timer.Mark("schemas");
        IReadOnlySet<string> none = new HashSet<string>();
        var artifacts = documents
            .Select(d => ArtifactFactory.Create(d, failedFields.GetValueOrDefault(d) ?? none))
            .OfType<Artifact>()
            .ToArray();
        diagnostics.AddRange(DuplicateIds.Find(artifacts));
        var workspace = new Workspace(documents, artifacts, config.Workflow) { Fields = SchemaPhase.Fields(schemas) };
        timer.Mark("workspace");

        var (rules, unreadableRules) = ruleLoading.GetAwaiter().GetResult();
        using var _ = rules;
        timer.Mark("rule load");
        var (named, renamed) = RulePhase.WithUniqueNames(rules.Rules);
        diagnostics.AddRange(renamed);
        var unloaded = RulePhase.Unloaded([.. rules.Diagnostics, .. unreadableRules]);
        var (settings, configErrors) = RuleSettings.Resolve(config, EngineRules.All.Concat(named.Select(r => r.Descriptor)), unloaded);
        if (configErrors.Count > 0)
        {
            // A rule that did not load is why its settings may not apply: say that first, not only what follows from it.
            var failures = rules.Diagnostics.Concat(unreadableRules).Where(d => EngineRules.IsToolFailure(d.Id) || d.Id == EngineRules.UnreadableFile.Id);
            return new LintResult { Root = config.Root, Diagnostics = Sorted([.. failures, .. configErrors]), ConfigFailed = true };
        }

        var active = RulePhase.Active(named, settings, request);
        var asOf = request.AsOf ?? config.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var run = RuleHost.Run(active, workspace, settings.For, asOf, RulePhase.Limits(config));
        timer.Mark("rules");
        var context = new FindingContext(workspace);
        diagnostics.AddRange(unreadableRules);
        diagnostics.AddRange(rules.Diagnostics);
        diagnostics.AddRange(run.Diagnostics.Select(context.Complete));

        // Bodies are read when a rule first asks for one: only then can part of one go unchecked.
        diagnostics.AddRange(documents.Select(d => d.OutlineProblem).OfType<Diagnostic>());

        // Suppressions and baseline see the whole workspace; the filter then picks what to report.
        var suppressed = SuppressionPhase.Apply(diagnostics, documents, [.. EngineRules.All, .. named.Select(r => r.Descriptor)]);
        var reported = EngineSeverities.Apply(suppressed, settings);
        var baselined = BaselinePhase.Apply(request, config, reported);
        var filter = ReportFilter.Create(request, config);
        var (fresh, known) = KnownPhase.Apply(request.Known, baselined, filter);
        var result = new LintResult
        {
            Root = config.Root,
            Diagnostics = Sorted(fresh.Where(filter.Includes)),
            Baseline = baselined.Outcome,
            Known = known,
            Recorded = request.RecordFindings ? Baseline.Record(reported) : null,
            Rules = [.. EngineRules.All, .. active.Select(r => RulePhase.Described(r))],
            DocumentCount = workspace.Documents.Count,
            RuleCount = active.Count,
            ToolFailed = run.HasAbandonedRules || unreadableRules.Count > 0 || reported.Any(d => EngineRules.IsToolFailure(d.Id)),
        };
        timer.Mark("report");
        if (!request.NoCache && request.CacheDirectory is { } cache)
        {
            // What this run added to the cache may take it past its budget: the entries used longest ago go.
            CacheTrim.TrimIfGrown(cache, config.CacheSize);
            timer.Mark("cache trim");
        }

        return result;
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
}
