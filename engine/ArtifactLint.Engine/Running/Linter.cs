using ArtifactLint.Api;
using ArtifactLint.Baselines;
using ArtifactLint.Configuration;
using ArtifactLint.Loading;
using ArtifactLint.Suppressions;

namespace ArtifactLint.Running;

/// <summary>One lint run: config → files → documents → schemas → workspace → rules → suppressions → filter → sort.</summary>
internal static class Linter
{
    public static LintResult Run(LintRequest request)
    {
        var (root, configPath) = WorkspaceLocator.Locate(request.Paths, request.WorkingDirectory, request.ConfigFile);
        var schemaDirectory = Path.Combine(request.ToolDirectory, "schemas");
        LintConfig config;
        if (configPath is null)
        {
            config = new LintConfig { Root = root };
        }
        else
        {
            var loaded = ConfigLoader.Load(root, configPath, schemaDirectory);
            if (loaded.Config is null)
            {
                return new LintResult { Root = root, Diagnostics = Sorted(loaded.Errors), ConfigFailed = true };
            }

            config = loaded.Config;
        }

        var schemas = SchemaPhase.StartLoading(config, schemaDirectory);
        var diagnostics = new List<Diagnostic>();
        var files = WorkspaceFiles.List(config, request);
        diagnostics.AddRange(files.Diagnostics);
        var documents = DocumentLoader.Load(config.Root, files.Files, diagnostics);

        var kinds = new KindResolver(config, files.Files);
        foreach (var document in documents)
        {
            document.Kind = kinds.Resolve(document, diagnostics);
        }

        var failedFields = SchemaPhase.Validate(documents, schemas, diagnostics);
        IReadOnlySet<string> none = new HashSet<string>();
        var artifacts = documents
            .Select(d => ArtifactFactory.Create(d, failedFields.GetValueOrDefault(d) ?? none))
            .OfType<Artifact>()
            .ToArray();
        diagnostics.AddRange(DuplicateIds.Find(artifacts));
        var workspace = new Workspace(documents, artifacts, config.Workflow);

        // Suppressions and baseline see the whole workspace; the filter then picks what to report.
        var suppressed = SuppressionPhase.Apply(diagnostics, documents, EngineRules.All);
        var baselined = BaselinePhase.Apply(request, config, suppressed);
        var filter = ReportFilter.Create(request, config, files.Files);
        return new LintResult
        {
            Root = config.Root,
            Diagnostics = Sorted(baselined.Diagnostics.Where(filter.Includes)),
            Baseline = baselined.Outcome,
            Rules = EngineRules.All,
            DocumentCount = workspace.Documents.Count,
        };
    }

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        list.Sort(DiagnosticOrder.Instance);
        return list;
    }
}
