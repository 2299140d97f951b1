using System.Collections.Concurrent;
using ArtifactLint.Api;
using ArtifactLint.Schemas;
using ArtifactLint.Settings;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Running;

/// <summary>Validates every document that has a kind and front matter against its kind's schema, in parallel.</summary>
internal static class SchemaPhase
{
    /// <summary>The registry for this config, already loading in the background.</summary>
    public static SchemaRegistry StartLoading(LintConfig config, string builtInDirectory, Loading.RepositoryState? state = null)
    {
        var team = config.Kinds
            .Where(k => k.Schema is not null)
            .ToDictionary(k => k.Kind, k => Path.GetFullPath(k.Schema!, config.Root), StringComparer.Ordinal);
        var statuses = ReferenceEquals(config.Workflow, Workflow.Default) ? null : config.Workflow.Statuses;
        var registry = SchemaRegistry.Create(builtInDirectory, team, p => Path.GetRelativePath(config.Root, p).Replace('\\', '/'), statuses, state);
        registry.Start();
        return registry;
    }

    /// <summary>Each kind's fields as its schema declares them (top-level properties), for the rules' field names.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Fields(SchemaRegistry registry) =>
        registry.Kinds
            .Select(kind => (Kind: kind, Schema: registry.Get(kind)))
            .Where(k => k.Schema is not null)
            .ToDictionary(k => k.Kind, k => (IReadOnlySet<string>)k.Schema!.ActualSchema.ActualProperties.Keys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Validates; returns, per document, the top-level properties that failed (the typed model reads them as null).</summary>
    public static PhaseResult<IReadOnlyDictionary<Document, IReadOnlySet<string>>> Validate(IReadOnlyList<Document> documents, SchemaRegistry registry)
    {
        var failed = new ConcurrentDictionary<Document, IReadOnlySet<string>>();
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(documents, document =>
        {
            if (ValidateOne(document, registry) is not { } result)
            {
                return;
            }

            failed[document] = result.Output;
            foreach (var diagnostic in result.Diagnostics)
            {
                found.Add(diagnostic);
            }
        });
        return new(failed, [.. registry.Diagnostics, .. found]);
    }

    /// <summary>
    /// Validates one document against its kind's schema: the top-level properties that failed and the diagnostics,
    /// or null when it has no kind, its kind no schema, or its front matter could not be read.
    /// </summary>
    public static PhaseResult<IReadOnlySet<string>>? ValidateOne(Document document, SchemaRegistry registry)
    {
        if (document.Kind is not { } kind || registry.Get(kind) is not { } schema || FrontMatterOf(document) is not { } frontMatter)
        {
            return null;
        }

        var result = (document.FrontMatter is null && string.IsNullOrWhiteSpace(document.Text.TrimStart('\uFEFF'))
                ? FrontMatterValidator.ValidateEmpty(document.Path, kind, schema)
                : null)
            ?? FrontMatterValidator.Validate(frontMatter, kind, schema, registry.IsBuiltIn(kind), new LazyLines(document));
        return new(result.FailedProperties, result.Diagnostics);
    }

    // A document of a kind with no front matter at all lacks every required property (reported at 1:1);
    // one whose front matter could not be read already has its AL0001.
    private static FrontMatter? FrontMatterOf(Document document) =>
        document.FrontMatter ?? (document.HasUnreadFrontMatter ? null : new FrontMatter(document.Path, 1, [], []));
}
