using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// The steps of a run that each document takes on its own — read, parse, kind, schema, artifact — for every file
/// when a session opens and for the changed ones after, in parallel. A document goes through all of them at once, so
/// that the JSON tokens its schema check needs die young (<see cref="FrontMatter.ReleaseJson"/>); only the documents
/// read before the schemas are loaded wait for them.
/// </summary>
/// <param name="config">The workspace's config.</param>
/// <param name="schemas">The kinds' schemas.</param>
/// <param name="state">Git's index or a commit, when the documents are read from there instead of the working tree.</param>
/// <param name="once">
/// Whether the documents are linted once (<c>lint</c>): their bodies are then read again from their files when rules ask,
/// instead of kept in memory, which is most of what a large workspace holds. A session that lints again (<c>watch</c>, an
/// editor) keeps them, and so does a run that reads git's index (the commit gate's).
/// </param>
/// <param name="cache">Documents as earlier runs read them, for a run that lints once; null reads every document.</param>
internal sealed class DocumentSteps(LintConfig config, SchemaRegistry schemas, RepositoryState? state, bool once, DocumentCache? cache = null)
{
    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();
    // Where released bodies are read again from: one for the run, which every document shares.
    private readonly WorkingTreeFiles _files = new(config.Root, config.MaxFileSize, RealPath.OfRoot(config.Root));

    /// <summary>
    /// Takes <paramref name="paths"/> (workspace-relative, with <c>/</c>) through every step, with <paramref name="kinds"/>
    /// for the workspace's files; a path in <paramref name="texts"/> is read from there instead of the disk.
    /// </summary>
    public SessionDocument[] Run(IReadOnlyList<string> paths, KindResolver kinds, IReadOnlyDictionary<string, string> texts, PhaseTimer? timer = null)
    {
        state?.Prefetch(paths.Where(p => !texts.ContainsKey(p)).Select(p => Path.Combine(config.Root, p)), config.MaxFileSize.Bytes);
        var read = new PhaseResult<Document?>[paths.Count];
        var kindProblems = new Diagnostic?[paths.Count];
        var results = new SessionDocument?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            if (cache is not null && !texts.ContainsKey(paths[i]) && cache.TryTake(paths[i], _files, out var kept, out var invalid))
            {
                results[i] = kept with { Artifact = ArtifactFactory.Create(kept.Document!, invalid.Count > 0 ? invalid : s_none) };
                return;
            }

            read[i] = DocumentLoader.LoadOne(config.Root, paths[i], config.MaxFileSize, _files.RealRoot, state, texts.GetValueOrDefault(paths[i]));
            kindProblems[i] = read[i].Output is { } document ? kinds.Resolve(document) : null;
            if (schemas.IsLoaded)
            {
                results[i] = Finish(paths[i], read[i], kindProblems[i], texts.ContainsKey(paths[i]));
            }
        });
        timer?.Mark("parse");

        Parallel.For(0, paths.Count, i => results[i] ??= Finish(paths[i], read[i], kindProblems[i], texts.ContainsKey(paths[i])));
        timer?.Mark("schemas");
        return results!;
    }

    // buffered: the text is an editor's buffer, not the file's, and stays in memory.
    private SessionDocument Finish(string path, PhaseResult<Document?> read, Diagnostic? kindProblem, bool buffered)
    {
        var document = read.Output;
        var validated = document is null ? null : SchemaPhase.ValidateOne(document, schemas);
        IReadOnlyList<Diagnostic> diagnostics = read.Diagnostics.Count == 0 && kindProblem is null && validated is not { Diagnostics.Count: > 0 }
            ? []
            : [.. read.Diagnostics, .. kindProblem is { } kind ? [kind] : Array.Empty<Diagnostic>(), .. validated?.Diagnostics ?? []];
        var invalid = validated?.Output is { Count: > 0 } failed ? failed : s_none;
        var artifact = document is null ? null : ArtifactFactory.Create(document, invalid);
        document?.FrontMatter?.ReleaseJson();
        var result = new SessionDocument(path, document, diagnostics, artifact);
        if (document is not null && once && state is null && !buffered)
        {
            document.ReleaseBody(_files);
            cache?.Keep(result, invalid);
        }

        return result;
    }
}
