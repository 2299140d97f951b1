using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>
/// Reads <c>artifactlint-disable-{next-line|line|file} RULE[, RULE…] -- reason</c>. Every problem is collected,
/// so one AL0008 tells the author everything to fix at once.
/// </summary>
internal static class SuppressionParser
{
    /// <summary>The kinds of suppression comment, as written.</summary>
    public static readonly string[] Directives =
        ["artifactlint-disable-next-line", "artifactlint-disable-line", "artifactlint-disable-file"];

    /// <summary>The suppression, or the problems (each "what is wrong, how to fix it") that make it invalid.</summary>
    public static (InlineSuppression? Suppression, IReadOnlyList<string> Problems) Parse(
        SuppressionComment comment, IReadOnlyList<string> lines, KnownRules known)
    {
        if (comment.Problem is { } unreadable)
        {
            return (null, [unreadable]);
        }

        var text = comment.Text;
        var directiveEnd = 0;
        while (directiveEnd < text.Length && !char.IsWhiteSpace(text[directiveEnd]))
        {
            directiveEnd++;
        }

        var directive = text[..directiveEnd];
        var scope = Array.IndexOf(Directives, directive);
        if (scope < 0)
        {
            var hint = Suggestions.Closest(directive, Directives) is { } closest
                ? $", did you mean '{closest}'?"
                : $", use {string.Join(", ", Directives)}";
            return (null, [$"'{Excerpt.Of(directive)}' is not a kind of suppression{hint}"]);
        }

        var rest = text[directiveEnd..];
        var separator = Separator(rest);
        var rulesText = separator < 0 ? rest : rest[..separator];
        var reason = separator < 0 ? string.Empty : rest[(separator + 2)..].Trim();
        var problems = new List<string>();
        var rules = Rules(rulesText, known, problems);
        if (reason.Length == 0)
        {
            problems.Add($"it gives no reason, write one after ' -- ' ({directive} {rulesText.Trim()} -- why this is acceptable)");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var kind = (SuppressionScope)scope;
        var line = comment.Location.Line;
        var target = kind switch
        {
            SuppressionScope.Line => line,
            SuppressionScope.NextLine => NextNonBlank(lines, line),
            _ => 0,
        };
        return (new InlineSuppression(kind, comment.Location, target, rules, reason), []);
    }

    // The "--" that starts the reason: the first one after whitespace (a rule name may contain "-").
    private static int Separator(string rest)
    {
        for (var i = rest.IndexOf("--", StringComparison.Ordinal); i >= 0; i = rest.IndexOf("--", i + 1, StringComparison.Ordinal))
        {
            if (i > 0 && char.IsWhiteSpace(rest[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<RuleDescriptor> Rules(string rulesText, KnownRules known, List<string> problems)
    {
        var rules = new List<RuleDescriptor>();
        if (string.IsNullOrWhiteSpace(rulesText))
        {
            problems.Add("it names no rule, write the ids or names of the rules it silences before ' -- ', separated by commas");
            return rules;
        }

        var parts = rulesText.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0))
        {
            problems.Add("it has an empty rule name between commas, remove the extra comma");
        }

        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (known.Find(part) is not { } rule)
            {
                problems.Add(known.Closest(part) is { } closest
                    ? $"'{Excerpt.Of(part)}' is not a known rule, did you mean '{closest}'?"
                    : $"'{Excerpt.Of(part)}' is not a known rule, use an id or name that 'artifactlint rules list' shows");
            }
            else if (!SuppressibleRules.CanSuppressInline(rule.Id))
            {
                problems.Add($"{rule.Id} ({rule.Name}) cannot be suppressed, fix what it reports instead");
            }
            else if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int line)
    {
        for (var n = line + 1; n <= lines.Count; n++)
        {
            if (!string.IsNullOrWhiteSpace(lines[n - 1]))
            {
                return n;
            }
        }

        return 0;
    }
}
