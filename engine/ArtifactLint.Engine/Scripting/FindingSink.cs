using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// Where one rule's <c>Report</c> calls land, on the rule's thread: each finding's location is
/// checked, its message and those of its related locations are cut to <see cref="RuleText.MaxLength"/>
/// characters, and the rule is stopped past <see cref="Limit"/> locations (findings and their related
/// locations), so that what one rule reports is bounded by the workspace, not by the rule.
/// </summary>
/// <remarks>Locked because a trusted rule may report from threads of its own, and an abandoned one may still report after the run has moved on.</remarks>
internal sealed class FindingSink(int limit)
{
    /// <summary>Locations a rule may report per document of the workspace, and at least.</summary>
    public const int PerDocument = 100;
    public const int AtLeast = 10_000;

    private readonly List<Diagnostic> _diagnostics = [];
    private int _reported;
    private bool _closed;

    public int Limit { get; } = limit;

    public static FindingSink For(Workspace workspace) => new((int)Math.Min(int.MaxValue, Math.Max(AtLeast, (long)PerDocument * workspace.Documents.Count)));

    public void Add(Diagnostic diagnostic)
    {
        Check(diagnostic.Location, "a finding");
        foreach (var related in diagnostic.RelatedLocations)
        {
            Check(related?.Location, "a related location");
        }

        foreach (var fix in (diagnostic.Fix is { } own ? [own] : Array.Empty<Fix>()).Concat(diagnostic.Suggestions))
        {
            CheckFix(fix);
        }

        var kept = diagnostic with
        {
            Message = RuleText.Cut(diagnostic.Message),
            Arguments = diagnostic.Arguments.Select(RuleText.Cut).ToArray(),
            RelatedLocations = diagnostic.RelatedLocations.Select(r => r with { Message = RuleText.Cut(r.Message ?? string.Empty) }).ToArray(),
        };
        lock (_diagnostics)
        {
            if (_closed)
            {
                return;
            }

            _reported += 1 + kept.RelatedLocations.Count + (kept.Fix?.Edits.Count ?? 0) + kept.Suggestions.Sum(f => f.Edits.Count);
            if (_reported > Limit)
            {
                throw RuleGuard.Stop(RuleAbortReason.TooManyFindings);
            }

            _diagnostics.Add(kept);
        }
    }

    public IReadOnlyList<Diagnostic> Close()
    {
        lock (_diagnostics)
        {
            _closed = true;
            return _diagnostics.ToArray();
        }
    }

    // A fix is text a rule writes into the workspace's files: every edit at a workspace path, none of a size no fix needs.
    private static void CheckFix(Fix? fix)
    {
        if (fix is null || fix.Title is null || fix.Edits is null || fix.Edits.Count == 0)
        {
            throw new ArgumentException("a fix needs a title and at least one edit: build it with Fix.Replace, Fix.ReplaceValue or Fix.Insert");
        }

        foreach (var edit in fix.Edits)
        {
            Check(edit?.Location, "a fix's edit");
            if (edit!.NewText is null || edit.NewText.Length > MostFixText)
            {
                throw new ArgumentException($"a fix's edit must write text of at most {MostFixText} characters");
            }
        }
    }

    private const int MostFixText = 64 * 1024;

    // Thrown on the rule's thread, from its Report call: the rule fails with AL0003 at that line.
    private static void Check(Location? location, string what)
    {
        if (location is null)
        {
            throw new ArgumentException($"{what} needs a location");
        }

        if (!IsWorkspacePath(location.Path) || location.Line < 1 || location.Column < 1 || location.EndLine < location.Line
            || location.EndColumn < 1 || (location.EndLine == location.Line && location.EndColumn < location.Column))
        {
            throw new ArgumentException(
                $"{what} must be at a path relative to the workspace root (with '/', no '..'), at a line and column from 1, " +
                $"ending no earlier than it starts; found '{Excerpt.Of(location.Path)}' {location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}");
        }
    }

    private static bool IsWorkspacePath(string? path) =>
        !string.IsNullOrEmpty(path) && !Path.IsPathRooted(path) && !path.StartsWith('/') && !path.Split('/', '\\').Contains("..");
}
