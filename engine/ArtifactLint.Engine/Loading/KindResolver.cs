using ArtifactLint.Api;
using ArtifactLint.Settings;
using Microsoft.Extensions.FileSystemGlobbing;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Loading;

/// <summary>
/// Decides each document's kind: the front matter's <c>kind</c>, then the config's path globs (in the
/// order written), then the default folders. A <c>kinds.X.paths</c> entry replaces X's default folder.
/// </summary>
internal sealed class KindResolver
{
    private readonly List<(string Kind, HashSet<string> Files)> _configured = [];
    private readonly HashSet<string> _replacedDefaults = new(StringComparer.Ordinal);
    private readonly MissingKind _missing;

    public KindResolver(LintConfig config, IReadOnlyList<string> files)
    {
        Known = new HashSet<string>(Kinds.BuiltIn.Concat(config.Kinds.Select(k => k.Kind)), StringComparer.Ordinal);
        foreach (var setting in config.Kinds.Where(k => k.Paths is not null))
        {
            _replacedDefaults.Add(setting.Kind);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(setting.Paths!);
            var matched = matcher.Match(config.Root, files.Select(f => Path.Combine(config.Root, f)));
            _configured.Add((setting.Kind, new HashSet<string>(matched.Files.Select(f => f.Path), StringComparer.Ordinal)));
        }

        _missing = new MissingKind(config, _replacedDefaults);
    }

    /// <summary>Every kind this workspace knows: the built-in ones and the config's.</summary>
    public IReadOnlySet<string> Known { get; }

    /// <summary>Decides the kind of every document (<see cref="Document.Kind"/>); an unknown <c>kind</c> value is AL1002, front matter with no kind AL1005.</summary>
    public IReadOnlyList<Diagnostic> ResolveAll(IReadOnlyList<Document> documents)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var document in documents)
        {
            document.Kind = Resolve(document, diagnostics);
        }

        return diagnostics;
    }

    /// <summary>Decides one document's kind (and sets <see cref="Document.Kind"/>); returns the AL1002 or AL1005 it found, if any.</summary>
    public Diagnostic? Resolve(Document document)
    {
        var diagnostics = new List<Diagnostic>(0);
        document.Kind = Resolve(document, diagnostics);
        return diagnostics.SingleOrDefault();
    }

    private string? Resolve(Document document, List<Diagnostic> diagnostics)
    {
        if (document.FrontMatter is { } frontMatter && frontMatter.Values["kind"] is { Value: string declared })
        {
            var kind = declared;
            if (Known.Contains(kind))
            {
                return kind;
            }

            var suggestion = Suggestions.Closest(kind, Known);
            diagnostics.Add(new Diagnostic(EngineRules.UnknownKind, EngineRules.UnknownKind.DefaultSeverity, frontMatter.LocationOf("kind"),
                $"'kind' is '{Excerpt.Of(kind)}', which is not a known kind ({string.Join(", ", Known.Order(StringComparer.Ordinal))}); "
                + (suggestion is null ? "add it under 'kinds' in .artifactlint.yml with a schema" : $"did you mean '{suggestion}'?"))
            {
                Property = "kind",
                Value = kind,
            });
            return null;
        }

        foreach (var (kind, files) in _configured)
        {
            if (files.Contains(document.Path))
            {
                return kind;
            }
        }

        if (Kinds.DefaultKindOf(document.Path) is { } byFolder && !_replacedDefaults.Contains(byFolder))
        {
            return byFolder;
        }

        if (document.FrontMatter is not null)
        {
            diagnostics.Add(_missing.Diagnose(document));
        }

        return null;
    }
}
