using ArtifactLint.Api;
using ArtifactLint.Settings;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Loading;

/// <summary>
/// AL1005: a document with front matter that no kind applies to is parsed but checked by no schema, so a
/// misspelt folder (<c>backlogs/</c>, <c>Sprints/</c>) would pass everything. The finding names the
/// closest kind location, the default folders and the config's globs alike.
/// </summary>
internal sealed class MissingKind
{
    private static readonly char[] Wildcards = ['*', '?', '[', '{'];

    // A kind's location as a literal path prefix ("backlog/", "product/backlog/", "vision.md"), by its number of segments.
    private readonly ILookup<int, (string Location, string Kind)> _byDepth;
    private readonly string _folders;
    private readonly IReadOnlySet<string> _replacedDefaults;

    public MissingKind(LintConfig config, IReadOnlySet<string> replacedDefaults)
    {
        _replacedDefaults = replacedDefaults;
        var locations = Kinds.DefaultLocations.Where(l => !replacedDefaults.Contains(l.Kind))
            .Concat(config.Kinds.SelectMany(k => (k.Paths ?? []).Select(p => (Location: LiteralPrefix(p), k.Kind))))
            .Where(l => l.Location.Length > 0)
            .Distinct()
            .ToArray();
        _byDepth = locations.ToLookup(l => Depth(l.Location));
        _folders = string.Join(", ", locations.Select(l => l.Location));
    }

    public Diagnostic Diagnose(Document document)
    {
        var hint = Kinds.DefaultKindOf(document.Path) is { } replaced && _replacedDefaults.Contains(replaced)
            ? $"'{document.Path[..(document.Path.IndexOf('/') + 1)]}' is no longer the folder of {Kinds.Label(replaced)}s: 'kinds.{replaced}.paths' in .artifactlint.yml replaces it. "
                + $"Move the file to where those paths say, add 'kind: {replaced}' to its front matter, or add the folder to 'kinds.{replaced}.paths'"
            : Closest(document.Path) is { } closest
            ? closest.Location.EndsWith('/')
                ? $"Is '{closest.Written}' meant to be '{closest.Location}', the folder of {Kinds.Label(closest.Kind)}s? Move the file there, or add 'kind: {closest.Kind}' to its front matter"
                : $"Is '{closest.Written}' meant to be '{closest.Location}', the {Kinds.Label(closest.Kind)}? Rename it, or add 'kind: {closest.Kind}' to its front matter"
            : $"Give it a kind: add 'kind: ...' to its front matter, move it into a kind's location ({_folders}), or add a path glob under 'kinds' in .artifactlint.yml; "
                + "if it is not a product document, add it to 'exclude'";
        return new Diagnostic(EngineRules.NoKind, EngineRules.NoKind.DefaultSeverity, Location.StartOf(document.Path),
            $"this document has front matter but no kind, so no schema checks it. {hint}");
    }

    private (string Written, string Location, string Kind)? Closest(string path)
    {
        var segments = path.Split('/');
        foreach (var group in _byDepth.OrderBy(g => g.Key))
        {
            var isFolder = group.Key < segments.Length;
            var written = string.Join('/', segments.Take(group.Key)) + (isFolder ? "/" : string.Empty);
            var candidates = group.Where(l => l.Location.EndsWith('/') == isFolder && l.Location != written).ToArray();
            if (Suggestions.Closest(written, candidates.Select(c => c.Location)) is { } location)
            {
                return (written, location, candidates.First(c => c.Location == location).Kind);
            }
        }

        return null;
    }

    // "product/backlog/**/*.md" -> "product/backlog/"; "personas/*.md" -> "personas/"; "vision.md" -> "vision.md".
    private static string LiteralPrefix(string glob)
    {
        var segments = glob.Replace('\\', '/').TrimStart('.', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).ToArray();
        return literal.Length == segments.Length ? string.Join('/', literal) : string.Concat(literal.Select(s => s + "/"));
    }

    private static int Depth(string location) => location.TrimEnd('/').Count(c => c == '/') + 1;
}
