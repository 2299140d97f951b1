using System.Globalization;
using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Suppressions;

/// <summary>
/// Applies the inline suppressions of every document (PRODUCT.md §8). Suppressed findings are kept, marked
/// with their <see cref="Suppression"/>, so that SARIF can show them; invalid suppressions are AL0008 and
/// suppress nothing; rules of a valid suppression that silenced nothing are AL0007.
/// </summary>
internal static class SuppressionPhase
{
    /// <summary>The most suppression comments read in one document: far past any real one, short of a file that is nothing else.</summary>
    public const int MostPerDocument = 10_000;

    /// <returns>Every diagnostic (suppressed ones marked), then the AL0007 and AL0008 ones, unsorted.</returns>
    public static IReadOnlyList<Diagnostic> Apply(
        IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Document> documents, IReadOnlyCollection<RuleDescriptor> knownRules)
    {
        var invalid = new List<Diagnostic>();
        var byPath = new Dictionary<string, FileSuppressions>(StringComparer.Ordinal);
        KnownRules? known = null;
        foreach (var document in documents)
        {
            var comments = SuppressionScanner.Find(document);
            if (comments.Count > MostPerDocument)
            {
                // Past the bound the comments are not read, so what they name is reported: nothing is hidden, and the run stays small.
                invalid.Add(Report(EngineRules.BodyNotChecked, comments[MostPerDocument].Location,
                    $"this document has {comments.Count.ToString("N0", CultureInfo.InvariantCulture)} suppression comments; from this one on they are not read, so the findings they name are reported: "
                    + $"keep at most {MostPerDocument.ToString("N0", CultureInfo.InvariantCulture)} in a document, and turn a rule off in the config or record its findings in a baseline instead"));
                comments = [.. comments.Take(MostPerDocument)];
            }

            foreach (var comment in comments)
            {
                known ??= new KnownRules(knownRules);
                var (suppression, problems) = SuppressionParser.Parse(comment, document.Lines, known);
                if (suppression is null)
                {
                    invalid.Add(Report(EngineRules.InvalidSuppression, comment.Location, $"this suppression suppresses nothing: {string.Join("; ", problems)}"));
                    continue;
                }

                if (!byPath.TryGetValue(document.Path, out var uses))
                {
                    byPath[document.Path] = uses = new FileSuppressions();
                }

                uses.Add(new SuppressionUse(suppression));
            }
        }

        if (byPath.Count == 0)
        {
            return invalid.Count == 0 ? diagnostics : [.. diagnostics, .. invalid];
        }

        var result = new List<Diagnostic>(diagnostics.Count + invalid.Count);
        result.AddRange(diagnostics.Select(d => Suppress(d, byPath)));
        result.AddRange(invalid);
        // A front matter that could not be read was not checked: its suppressions may only look unused, and are not removed.
        var lines = documents.Where(d => byPath.ContainsKey(d.Path))
            .ToDictionary(d => d.Path, d => d.HasUnreadFrontMatter || d.HasOpenFrontMatter ? null : d.Lines, StringComparer.Ordinal);
        result.AddRange(byPath.SelectMany(file => file.Value.All.Select(use => Unused(use, lines[file.Key]))).OfType<Diagnostic>());
        return result;
    }

    private static Diagnostic Suppress(Diagnostic diagnostic, Dictionary<string, FileSuppressions> byPath)
    {
        if (diagnostic.Suppression is not null
            || !SuppressibleRules.CanSuppressInline(diagnostic.Id)
            || !byPath.TryGetValue(diagnostic.Location.Path, out var uses))
        {
            return diagnostic;
        }

        var first = uses.Cover(diagnostic);
        return first is null ? diagnostic : diagnostic with { Suppression = new Suppression(first.Location, first.Reason) };
    }

    private static Diagnostic? Unused(SuppressionUse use, IReadOnlyList<string>? lines)
    {
        var unused = use.UnusedRules.ToArray();
        if (unused.Length == 0)
        {
            return null;
        }

        var s = use.Suppression;
        var names = Join(unused.Select(r => $"{r.Id} ({r.Name})").ToArray());
        var where = s.Scope switch
        {
            SuppressionScope.File => "in this file",
            SuppressionScope.Line => "on this line",
            _ when s.TargetLine > 0 => $"on line {s.TargetLine}",
            _ => "after it",
        };
        var message = unused.Length == s.Rules.Count
            ? $"this suppression of {names} suppresses nothing: there is no such finding {where}; remove the comment"
            : $"{names} in this suppression {(unused.Length == 1 ? "suppresses" : "suppress")} nothing: there is no such finding {where}; remove {(unused.Length == 1 ? "it" : "them")} from the comment";
        return Report(EngineRules.UnusedSuppression, s.Location, message) with
        {
            Fix = lines is null ? null : unused.Length == s.Rules.Count ? Removal(s.Location, lines) : Trimmed(s, unused, lines),
        };
    }

    // The comment without the rules it does not use: "AL1001, AL2002 -- why" becomes "AL1001 -- why".
    private static Fix? Trimmed(InlineSuppression suppression, RuleDescriptor[] unused, IReadOnlyList<string> lines)
    {
        var at = suppression.Location;
        if (at.Line != at.EndLine || at.Line > lines.Count)
        {
            return null;
        }

        var line = lines[at.Line - 1];
        var (directive, start) = SuppressionParser.Directives
            .Select(d => (Directive: d, Start: line.IndexOf(d + " ", Math.Max(0, at.Column - 1), StringComparison.Ordinal)))
            .Where(d => d.Start >= 0)
            .OrderBy(d => d.Start)
            .FirstOrDefault();
        if (directive is null)
        {
            return null;
        }

        var rulesFrom = start + directive.Length;
        var rulesTo = line.IndexOf(" --", rulesFrom, StringComparison.Ordinal);
        var parts = rulesTo < 0 ? [] : line[rulesFrom..rulesTo].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != suppression.Rules.Count)
        {
            return null;
        }

        var kept = parts.Where((_, i) => !unused.Contains(suppression.Rules[i])).ToArray();
        var span = new Location(at.Path, at.Line, rulesFrom + 1, at.Line, rulesTo + 1);
        return kept.Length == 0 ? null : new Fix($"Remove {string.Join(", ", unused.Select(r => r.Id))} from the suppression", [new TextEdit(span, " " + string.Join(", ", kept))]);
    }

    // The comment removed: its whole line when nothing else is on it, else the comment and the blanks before it.
    private static Fix? Removal(Location comment, IReadOnlyList<string> lines)
    {
        if (comment.Line != comment.EndLine || comment.Line > lines.Count)
        {
            return null;
        }

        var line = lines[comment.Line - 1];
        var before = line[..Math.Min(comment.Column - 1, line.Length)];
        var after = comment.EndColumn - 1 <= line.Length ? line[(comment.EndColumn - 1)..] : string.Empty;
        if (before.Trim().Length == 0 && after.Trim().Length == 0)
        {
            var span = comment.Line < lines.Count
                ? new Location(comment.Path, comment.Line, 1, comment.Line + 1, 1)
                : new Location(comment.Path, comment.Line, 1, comment.Line, line.Length + 1);
            return new Fix("Remove the unused suppression", [new TextEdit(span, string.Empty)]);
        }

        var start = before.TrimEnd().Length + 1;
        return new Fix("Remove the unused suppression", [new TextEdit(comment with { Column = start }, string.Empty)]);
    }

    private static string Join(string[] items) =>
        items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} and {items[^1]}";

    private static Diagnostic Report(RuleDescriptor descriptor, Location location, string message) =>
        new(descriptor, descriptor.DefaultSeverity, location, message);
}
