using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Loading;
using ArtifactLint.Running;

namespace ArtifactLint.Fixing;

/// <summary>
/// <c>lint --fix</c>: lints, applies the fixes of the findings that count (not suppressed, not in the baseline, in the
/// files named, of the rules chosen), lints the fixed text again and repeats, up to <see cref="MostPasses"/> passes, as
/// ESLint does. Everything happens in one session on in-memory texts, so that a dry run and a real one fix alike; the
/// caller writes the files. A fix that would make its file worse — a YAML error it did not have, or more findings
/// than before — is taken back; when it came with others, the file's fixes are tried again one at a time.
/// </summary>
internal static class Fixer
{
    /// <summary>How many times the workspace is fixed and linted again, at most.</summary>
    public const int MostPasses = 10;

    /// <param name="request">What to lint.</param>
    /// <param name="applies">Whether a finding's fix is one to apply (<c>--fix-rule</c>).</param>
    public static FixOutcome Run(LintRequest request, Func<Diagnostic, bool> applies)
    {
        using var session = LintSession.Open(request);
        var result = session.Lint();
        if (result.ConfigFailed || session.Config is not { } config)
        {
            return new FixOutcome(result, []);
        }

        var filter = ReportFilter.Create(request, config);
        var realRoot = RealPath.OfRoot(config.Root);
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixes = new Dictionary<string, int>(StringComparer.Ordinal);

        // A fix that made its file worse is not tried again; a file whose pass of several fixes did takes them one at a
        // time from then on, so that one bad fix does not cost the file its good ones.
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var oneByOne = new HashSet<string>(StringComparer.Ordinal);
        for (var pass = 0; pass < MostPasses; pass++)
        {
            var changed = new Dictionary<string, (string Previous, IReadOnlyList<Fix> Fixes)>(StringComparer.Ordinal);
            // Only documents are edited: a fix a rule points at anything else (the config, a rule) is left to a person.
            foreach (var file in FixesByFile(result, applies, filter).Where(f => session.HasDocument(f.Key)))
            {
                var path = file.Key;
                var text = now.GetValueOrDefault(path) ?? TextFileReader.Read(Path.Combine(config.Root, path), path, config.MaxFileSize, realRoot).Text;
                if (text is null)
                {
                    continue;
                }

                var lines = new FileText(text);
                var chosen = FixPlan.Choose(lines, file.Value.Where(f => !rejected.Contains(Key(path, f)))).Take(oneByOne.Contains(path) ? 1 : int.MaxValue).ToList();
                if (chosen.Count == 0 || lines.With(chosen.SelectMany(f => f.Edits)) is not { } next || next == text)
                {
                    continue;
                }

                if (!session.SetText(path, next))
                {
                    return new FixOutcome(result, Files(before, now, fixes), "the workspace holds linked documents, which only a new run reads: nothing was fixed");
                }

                before.TryAdd(path, text);
                now[path] = next;
                changed[path] = (text, chosen);
            }

            if (changed.Count == 0)
            {
                break;
            }

            var linted = session.Lint();
            var worse = changed.Keys.Where(p => IsWorse(result, linted, p)).ToList();
            foreach (var path in worse)
            {
                var (previous, tried) = changed[path];
                now[path] = previous;
                session.SetText(path, previous == before[path] ? null : previous);
                if (tried.Count == 1)
                {
                    rejected.Add(Key(path, tried[0]));
                }
                else
                {
                    oneByOne.Add(path);
                }

                changed.Remove(path);
            }

            result = worse.Count > 0 ? session.Lint() : linted;
            foreach (var (path, (_, taken)) in changed)
            {
                fixes[path] = fixes.GetValueOrDefault(path) + taken.Count;
            }
        }

        return new FixOutcome(result, Files(before, now, fixes));
    }

    // The fixes to apply, by the file they edit (a fix that edits several files is left to an editor).
    private static IEnumerable<KeyValuePair<string, List<Fix>>> FixesByFile(LintResult result, Func<Diagnostic, bool> applies, ReportFilter filter)
    {
        var byFile = new SortedDictionary<string, List<Fix>>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic is not { Suppression: null, Fix: { Edits.Count: > 0 } fix } || !applies(diagnostic))
            {
                continue;
            }

            var path = fix.Edits[0].Location.Path;
            if (fix.Edits.All(e => e.Location.Path == path) && filter.IncludesFile(path))
            {
                (byFile.TryGetValue(path, out var list) ? list : byFile[path] = []).Add(fix);
            }
        }

        return byFile;
    }

    // What a fix is across passes, whose findings are new objects each time: its file, title and edits.
    private static string Key(string path, Fix fix) =>
        string.Join('\n', fix.Edits.Select(e => $"{e.Location.Line}:{e.Location.Column}-{e.Location.EndLine}:{e.Location.EndColumn}={e.NewText}").Prepend(fix.Title).Prepend(path));

    // A fix that leaves YAML the parser cannot read, or more findings in the file than it had, is not kept; but one that
    // makes a front matter readable is, whatever its values are found to say once they can be read.
    private static bool IsWorse(LintResult before, LintResult after, string path)
    {
        int Count(LintResult result, string? id) => result.Diagnostics.Count(d => d.Suppression is null && d.Location.Path == path && (id is null || d.Id == id));
        var (yamlBefore, yamlAfter) = (Count(before, EngineRules.YamlSyntax.Id), Count(after, EngineRules.YamlSyntax.Id));
        return yamlAfter > yamlBefore || (yamlAfter == yamlBefore && Count(after, null) > Count(before, null));
    }

    private static List<FixedFile> Files(Dictionary<string, string> before, Dictionary<string, string> now, Dictionary<string, int> fixes) =>
        [.. before.Where(b => now[b.Key] != b.Value && fixes.GetValueOrDefault(b.Key) > 0).OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => new FixedFile(b.Key, b.Value, now[b.Key], fixes[b.Key]))];
}
