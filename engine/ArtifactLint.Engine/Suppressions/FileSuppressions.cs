using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>
/// The valid suppressions of one document, by the line they cover: a finding is checked against its own
/// line's suppressions and the file's, not against every suppression of the document (a document that
/// suppresses each of its 9,000 lines would make that the square of 9,000).
/// </summary>
internal sealed class FileSuppressions
{
    private readonly Dictionary<int, List<SuppressionUse>> _byLine = [];
    private readonly List<SuppressionUse> _wholeFile = [];
    private readonly List<SuppressionUse> _all = [];

    /// <summary>Every suppression, in the order added.</summary>
    public IReadOnlyList<SuppressionUse> All => _all;

    public void Add(SuppressionUse use)
    {
        _all.Add(use);
        if (use.Suppression.Scope == SuppressionScope.File)
        {
            _wholeFile.Add(use);
        }
        else if (!_byLine.TryGetValue(use.Suppression.TargetLine, out var onLine))
        {
            _byLine[use.Suppression.TargetLine] = [use];
        }
        else
        {
            onLine.Add(use);
        }
    }

    /// <summary>
    /// The suppression that covers the finding, a line's own ahead of the file's, or null. Every covering
    /// suppression counts as used, so none of them is reported as unused.
    /// </summary>
    public InlineSuppression? Cover(Diagnostic diagnostic)
    {
        InlineSuppression? first = null;
        var onLine = _byLine.TryGetValue(diagnostic.Location.Line, out var uses) ? uses : [];
        foreach (var use in onLine.Concat(_wholeFile))
        {
            if (use.TryCover(diagnostic))
            {
                first ??= use.Suppression;
            }
        }

        return first;
    }
}
