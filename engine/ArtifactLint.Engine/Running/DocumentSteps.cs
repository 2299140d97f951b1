using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// The steps of a run that each document takes on its own — read, parse, kind, schema, artifact — for every file
/// when a session opens and for the changed ones after. Reading and validating go in parallel; between them the
/// kinds, which are quick, in order.
/// </summary>
internal sealed class DocumentSteps(LintConfig config, SchemaRegistry schemas, RepositoryState? state)
{
    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();
    private readonly string _realRoot = RealPath.OfRoot(config.Root);

    /// <summary>
    /// Takes <paramref name="paths"/> (workspace-relative, with <c>/</c>) through every step, with <paramref name="kinds"/>
    /// for the workspace's files; a path in <paramref name="texts"/> is read from there instead of the disk.
    /// </summary>
    public SessionDocument[] Run(IReadOnlyList<string> paths, KindResolver kinds, IReadOnlyDictionary<string, string> texts, PhaseTimer? timer = null)
    {
        state?.Prefetch(paths.Where(p => !texts.ContainsKey(p)).Select(p => Path.Combine(config.Root, p)), config.MaxFileSize.Bytes);
        var documents = new Document?[paths.Count];
        var found = new IReadOnlyList<Diagnostic>[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var (document, diagnostics) = DocumentLoader.LoadOne(config.Root, paths[i], config.MaxFileSize, _realRoot, state, texts.GetValueOrDefault(paths[i]));
            documents[i] = document;
            found[i] = diagnostics;
        });
        timer?.Mark("parse");

        var kindProblems = new Diagnostic?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            kindProblems[i] = documents[i] is { } document ? kinds.Resolve(document) : null;
        }

        timer?.Mark("kinds");
        var results = new SessionDocument[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var document = documents[i];
            var validated = document is null ? null : SchemaPhase.ValidateOne(document, schemas);
            IReadOnlyList<Diagnostic> diagnostics = [.. found[i], .. kindProblems[i] is { } kind ? [kind] : Array.Empty<Diagnostic>(), .. validated?.Diagnostics ?? []];
            var artifact = document is null ? null : ArtifactFactory.Create(document, validated?.Output ?? s_none);
            results[i] = new SessionDocument(paths[i], document, diagnostics, artifact);
        });
        timer?.Mark("schemas");
        return results;
    }
}
